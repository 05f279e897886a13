/**
 * Conversations handed to a person and followed up while queued (one handoff, no fresh
 * greeting, questions still answered), and shoppers asking for a person in many ways.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations with a handoff. */
export const HANDOFFS: Conversation[] = [
  {
    name: "Mike queued chases twice and says ok: one handoff all along",
    who: MIKE,
    style: "impatient",
    turns: [
      { say: "i need a human", handoff: "new" },
      { say: "still waiting here...", handoff: "same", mention: ["queue"], avoid: [GREETING] },
      { say: "ok", handoff: "same", mention: ["queue"], avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah asks for an agent, then asks where ORD-1001 is while she waits",
    who: SARAH,
    style: "polite",
    turns: [
      { say: "Could I speak to a member of staff please?", handoff: "new" },
      {
        say: "While I wait, where is ORD-1001?",
        facts: [{ order: "ORD-1001", field: "tracking" }, { order: "ORD-1001", field: "status" }],
        avoid: [GREETING],
      },
      { say: "anyone there yet?", handoff: "same", avoid: [GREETING], mention: ["queue"] },
    ],
  },
  {
    name: "Mike shouts while queued: the same handoff, marked more urgent",
    who: MIKE,
    style: "angry, capitals",
    turns: [
      { say: "I want to talk to a human", handoff: "new" },
      { say: "hello?? anyone there", handoff: "same", avoid: [GREETING] },
      {
        say: "THIS IS RIDICULOUS, nobody is answering!!!",
        handoff: "same",
        mention: ["more urgent"],
      },
      { say: "...", avoid: [GREETING] },
    ],
  },
  {
    name: "Mike is furious about the late keyboard and ends with a person",
    who: MIKE,
    style: "angry",
    turns: [
      { say: "where the hell is ORD-2001", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "this is the worst service ever", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "I want to speak to a manager", handoff: "new" },
      { say: "how long", handoff: "same", mention: ["wait"], avoid: [GREETING] },
    ],
  },
  {
    name: "Mike furious about the keyboard asks for a manager straight away",
    who: MIKE,
    style: "angry",
    turns: [
      { say: "where the hell is ORD-2001", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "I want to speak to a manager", handoff: "new" },
      { say: "how long", handoff: "same", mention: ["wait"], avoid: [GREETING] },
    ],
  },
  {
    name: "Emma's lost parcel that 'never came' goes to a person and she asks for a replacement",
    who: EMMA,
    style: "upset",
    turns: [
      {
        say: "ORD-3001 never came",
        facts: [{ order: "ORD-3001", field: "tracking" }, { order: "ORD-3001", field: "status" }],
        avoid: ["on its way"],
      },
      { say: "can you send a replacement instead of refund?", proposes: "replacement" },
      { say: "yes", proposes: null, mention: ["replacement"] },
      { say: "thank you", avoid: [GREETING], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah asks for a real person, hyphen and typos, and follows up twice",
    who: SARAH,
    style: "typos",
    turns: [
      { say: "can i talk to a real persn pls", handoff: "new" },
      { say: "helo?", handoff: "same", avoid: [GREETING, "How can I help you today"] },
      { say: "anyone??", handoff: "same", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah queued asks 'is someone coming' and is told her place in the queue",
    who: SARAH,
    style: "typos",
    turns: [
      { say: "can i talk to a real persn pls", handoff: "new" },
      { say: "is someone coming", handoff: "same", mention: ["queue"] },
      { say: "is some1 coming", handoff: "same", mention: ["queue"] },
    ],
  },
  {
    name: "Emma asks politely for a colleague and thanks the bot while she waits",
    who: EMMA,
    style: "very polite",
    turns: [
      { say: "Would it be possible to speak with one of your colleagues, please?", handoff: "new" },
      { say: "Thank you so much, I'll wait.", avoid: [GREETING] },
      {
        say: "In the meantime, could you confirm ORD-3002 was delivered?",
        facts: [{ order: "ORD-3002", field: "status" }],
        avoid: [GREETING],
      },
    ],
  },
  {
    name: "Mike asks for a human, then for his keyboard's tracking, then chases",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "human pls", handoff: "new" },
      { say: "tracking for ORD-2001?", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "any news", handoff: "same", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah's order question, then an agent, then 'hello??' without a new greeting",
    who: SARAH,
    style: "brisk",
    turns: [
      { say: "status of ORD-1003?", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "I'd like to talk to an agent about it", handoff: "new" },
      { say: "hello??", handoff: "same", avoid: [GREETING, "What can I do for you"] },
    ],
  },
  {
    name: "Emma's damaged order goes to a person and she still gets her refund on a yes",
    who: EMMA,
    style: "upset, polite",
    turns: [
      { say: "My stand mixer ORD-3002 arrived damaged, I'm really disappointed", handoff: "new" },
      {
        say: "I'd like a refund for it",
        proposes: "refund",
        facts: [{ order: "ORD-3002", field: "total" }],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
];
