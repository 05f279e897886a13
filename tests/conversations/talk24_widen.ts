/**
 * The twenty-fourth round, third part: a yes that names the waiting change's goods with the
 * change's own verb ("yes expedite the monitor"), or adds goods to it ("yes return it and the
 * espresso machine"). The ledger shows exactly what the shopper agreed to.
 */
import type { Conversation } from "./schema.ts";

/** What the unclear reading says: a yes asked again. */
const UNSURE = "yes or a no";

/** The twenty-fourth round's third part. */
export const TALK24_WIDEN: Conversation[] = [
  {
    name: "24th round: Mike's 'yes expedite the monitor' upgrades 2002 once, with its fee",
    who: "mike.johnson@example.com",
    style: "yes with the order's goods and the speed-up's verb",
    turns: [
      { say: "expedite 2002", mention: ["9\\.99 USD"], proposes: "expedite_order" },
      {
        // Was "not sure whether that's a yes or a no".
        say: "yes expedite the monitor",
        mention: ["ORD-2002 is upgraded", "9\\.99 USD"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "ok", avoid: ["Done"], proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-2002" }],
  },
  {
    name: "24th round: 'yes return it and the espresso machine' widens the frother's return",
    who: "sarah.chen@example.com",
    style: "yes, widened to another line",
    turns: [
      { say: "return the frother from 1002", proposes: "return_item" },
      {
        // Was unclear, and the yes after it returned the frother alone.
        say: "yes return it and the espresso machine",
        mention: ["Espresso Machine and Milk Frother"],
        avoid: [UNSURE, "is open"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
