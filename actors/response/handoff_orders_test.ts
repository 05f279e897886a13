import assert from "node:assert/strict";
import { handoffOrderFacts, ordersOfRequests } from "./handoff_orders.ts";
import type { IntentRequest } from "../../shared/protocol.ts";
import { castContext, FIXTURE_NOW } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

const TEXT = "hi!! the mixer arrived dented. also is there any news on the vacuum??";
const part = (text: string, intent: IntentRequest["intent"]): IntentRequest => {
  const start = TEXT.indexOf(text);
  return { intent, confidence: 0.8, text, start, end: start + text.length };
};

const view = (requests: IntentRequest[]) =>
  ({
    text: TEXT,
    intent: "delivery_problem",
    now: FIXTURE_NOW,
    context: castContext("emma", { order: "ORD-3002" }),
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
      item_refs: [
        { text: "the mixer", name: "mixer", sku: null },
        { text: "the vacuum", name: "vacuum", sku: null },
      ],
    },
    requests,
  }) as unknown as TurnView;

Deno.test("a handoff of a message about two orders shows the facts of each", () => {
  const v = view([
    part("hi!! the mixer arrived dented", "delivery_problem"),
    part("also is there any news on the vacuum??", "order_status"),
  ]);
  assert.deepEqual(ordersOfRequests(v).map((o) => o.id), ["ORD-3002", "ORD-3001"]);
  const facts = handoffOrderFacts(v).join(" ");
  assert.match(facts, /^Here is what I can see:/);
  assert.match(facts, /ORD-3002/);
  assert.match(facts, /ORD-3001/);
});

Deno.test("one request shows the order in question only", () => {
  const v = view([part("hi!! the mixer arrived dented", "delivery_problem")]);
  assert.deepEqual(ordersOfRequests(v), []);
  const facts = handoffOrderFacts(v).join(" ");
  assert.match(facts, /ORD-3002/);
  assert.doesNotMatch(facts, /ORD-3001/);
});

Deno.test("each order's facts answer what was asked of it: a parcel, or a payment", () => {
  const text = "keyboard order - still not here?? also monitor - did payment go thru";
  const at = (s: string) => text.indexOf(s);
  const v = {
    ...view([]),
    text,
    intent: "payment_issue",
    context: castContext("mike"),
    requests: [
      { intent: "delivery_problem", confidence: 0.7, text: text.slice(0, 33), start: 0, end: 33 },
      {
        intent: "payment_issue",
        confidence: 0.55,
        text: text.slice(at("monitor")),
        start: at("monitor"),
        end: text.length,
      },
    ],
  } as unknown as TurnView;
  const facts = handoffOrderFacts(v).join(" ");
  assert.match(facts, /ORD-2001 \(Mechanical Keyboard\)[^.]*shipped/);
  assert.doesNotMatch(facts, /ORD-2001[^.]*payment/);
  assert.match(facts, /ORD-2002 \(27-inch 4K Monitor\): we haven't received its payment/);
});

Deno.test("'my parcel never came and the other one arrived broken': both orders' facts", () => {
  for (
    const text of [
      "I never received my parcel and the other one arrived broken",
      "my package never came and the other one showed up damaged",
    ]
  ) {
    const facts = handoffOrderFacts({ ...view([]), text, requests: undefined }).join(" ");
    assert.match(facts, /ORD-3001/, text);
    assert.match(facts, /ORD-3002/, text);
  }
});
