/**
 * The twenty-second round, continued: two-word follow-ups after an order's news, shipping and
 * the return policy, nobody in to take a parcel, and a warranty's follow-up that names no
 * product.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const OFF_TOPIC = "outside what I can help|only help with orders, deliveries";
const PRIVACY = "another person's account";

/** More of the twenty-second round's conversations. */
export const TALK22_MORE: Conversation[] = [
  {
    name: "22nd round: 'by when?' and 'is that guaranteed?' after an order's news",
    who: SARAH,
    style: "two-word follow-ups",
    turns: [
      { say: "when will ORD-1001 arrive", facts: [{ order: "ORD-1001", field: "tracking" }] },
      { say: "by when?", mention: ["estimate"], avoid: [OFF_TOPIC] },
      { say: "is that guaranteed?", mention: ["not a guarantee"], avoid: [OFF_TOPIC] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'how much is that' and 'and to canada?' after the shipping answer",
    who: SARAH,
    style: "follow-ups on shipping",
    turns: [
      { say: "do you offer express shipping", mention: ["express"] },
      { say: "how much is that", mention: ["14\\.99 USD"], avoid: [OFF_TOPIC] },
      { say: "and to canada?", mention: ["ship to Canada"], avoid: [OFF_TOPIC] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'and for sale items?' after the return policy is still about returns",
    who: SARAH,
    style: "policy follow-up",
    turns: [
      { say: "what's your return policy", mention: ["30 days"] },
      { say: "and for sale items?", mention: ["sale can be returned"], avoid: [OFF_TOPIC] },
      { say: "perfect thanks", avoid: ["30 days of delivery"] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'and if I'm not home?' after an order's news is about its delivery",
    who: SARAH,
    style: "follow-up in five words",
    turns: [
      { say: "when will ORD-1001 arrive", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "and if I'm not home?",
        mention: ["If nobody's in", "neighbour or in a safe place"],
        avoid: ["Just to make sure", "can't pass instructions"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        say: "can you leave ORD-1001 with my neighbour if I'm out?",
        mention: ["can't pass instructions", "neighbour"],
        avoid: ["Just to make sure", PRIVACY],
      },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'does it cover drops?' after the headphones' warranties is no duvet cover",
    who: SARAH,
    style: "follow-up on a warranty",
    turns: [
      { say: "how long is the warranty on the headphones", mention: ["24-month warranty"] },
      {
        say: "does it cover drops?",
        // Talk25: whether drops are covered is answered (no), not the warranty rule again.
        mention: ["^No — the warranty covers defects", "drops"],
        avoid: ["Duvet"],
      },
      { say: "ok, thanks", avoid: ["Duvet"] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'ok ill check the code' after the failing-code answer is a go-ahead",
    who: "mike.johnson@example.com",
    style: "acknowledgement, no question",
    turns: [
      { say: "my discount code WELCOME10 doesnt work", mention: ["typed exactly"] },
      {
        say: "ok ill check the code",
        mention: ["if it still doesn't work"],
        avoid: ["Just to make sure", "password"],
        handoff: "none",
      },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [],
  },
];
