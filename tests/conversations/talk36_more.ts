/**
 * The talk36 round, continued: a person asked for, the code fumbled or asked for again, a
 * second order asked while the code is on its way, an email the store does not know.
 */
import type { Conversation } from "./schema.ts";
import { CODE_SENT, GUEST, OTHERS, SARAH, SARAHS, SIGNED_IN } from "./talk36.ts";

/** The talk36 round's conversations, continued. */
export const TALK36_MORE: Conversation[] = [
  {
    name: "talk36: a guest asked to sign in asks for a person: handed over, nothing shown",
    who: GUEST,
    style: "wants a human",
    turns: [
      { say: "where is ORD-2001", avoid: ["Keyboard", "TRK88000020"] },
      {
        say: "can i just talk to a human",
        handoff: "new",
        avoid: ["Keyboard", "TRK88000020", "Memphis"],
      },
      { say: "ok thanks", avoid: ["Keyboard", "TRK88000020"] },
    ],
    changes: [],
  },
  {
    name:
      "talk36: a guest types a five-digit code, then the right one; the return asked for is proposed",
    who: GUEST,
    style: "fumbling the code",
    turns: [
      { say: "i want to return the espresso machine from ORD-1002", avoid: ["428\\.00"] },
      { say: SARAH, mention: [CODE_SENT], avoid: ["428\\.00", "Milk Frother"] },
      { say: "12345", mention: ["6"], avoid: ["Milk Frother"], proposes: null },
      {
        say: "{code}",
        mention: [SIGNED_IN, "ORD-1002", "Espresso Machine"],
        avoid: OTHERS,
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "talk36: a guest's 'cancel my order' naming none finds the one that can be, once signed in",
    who: GUEST,
    style: "vague",
    turns: [
      { say: "cancel my order", avoid: SARAHS },
      { say: SARAH, mention: [CODE_SENT], avoid: SARAHS },
      { say: "{code}", mention: [SIGNED_IN, "ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk36: a guest's cancellation proposed after the code is declined: nothing changes",
    who: GUEST,
    style: "changes their mind",
    turns: [
      { say: "cancel ORD-1003", avoid: SARAHS },
      { say: SARAH, mention: [CODE_SENT] },
      { say: "{code}", mention: [SIGNED_IN], proposes: "cancel_order" },
      { say: "no wait dont", avoid: ["is cancelled"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "talk36: a guest asks a second order while the code is on its way; both are taken up after it",
    who: GUEST,
    style: "two requests",
    turns: [
      { say: "i want to cancel ORD-1003", avoid: SARAHS },
      { say: SARAH, mention: [CODE_SENT] },
      { say: "where is ORD-1001 btw", mention: ["type the one-time code"], avoid: SARAHS },
      {
        say: "{code}",
        mention: [SIGNED_IN, "ORD-1003"],
        facts: [{ order: "ORD-1001", field: "tracking" }, { order: "ORD-1003", field: "total" }],
        avoid: OTHERS,
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], avoid: ["Headphones"], proposes: null },
      { say: "thanks, that's all", avoid: ["cancelled again"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "talk36: a guest with no password names the order, signs in with a code after one typed wrong",
    who: GUEST,
    style: "no password",
    turns: [
      {
        say: "hi im sarah chen, can you tell me where ORD-1001 is? i dont have an account password",
        avoid: SARAHS,
      },
      { say: SARAH, mention: [CODE_SENT], avoid: SARAHS },
      { say: "wrong code? 111111", mention: ["doesn't match"], avoid: SARAHS },
      {
        say: "{code}",
        mention: [SIGNED_IN],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: OTHERS,
      },
    ],
    changes: [],
  },
  {
    name:
      "talk36: a guest gives an email the store does not know: a code is said to be sent, nothing shown, nothing done",
    who: GUEST,
    style: "wrong email",
    turns: [
      { say: "refund ORD-1002", avoid: SARAHS },
      { say: "wrong.person@example.com", mention: [CODE_SENT], avoid: SARAHS },
      { say: "123456", mention: ["doesn't match"], avoid: SARAHS },
      { say: "where is ORD-1002", mention: ["one-time code"], avoid: SARAHS, proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk36: a guest asks for the code again and again: the request survives every new code",
    who: GUEST,
    style: "impatient",
    turns: [
      {
        say: "can you cancel ORD-1003? sarah.chen@example.com",
        mention: [CODE_SENT],
        avoid: SARAHS,
      },
      { say: "resend pls", mention: ["new one-time code"], avoid: SARAHS },
      { say: "never got it, send the code again", mention: ["new one-time code"], avoid: SARAHS },
      { say: "{code}", mention: [SIGNED_IN, "ORD-1003"], proposes: "cancel_order" },
      { say: "yep", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "talk36: a signed-in Emma asks about the damaged mixer after the code; the replacement is done once",
    who: GUEST,
    style: "damaged goods",
    turns: [
      {
        say: "ORD-3002 arrived broken. emma.wilson@example.com",
        mention: [CODE_SENT],
        avoid: ["Stand Mixer", "349\\.00"],
      },
      { say: "{code}", mention: [SIGNED_IN, "ORD-3002"], avoid: ["Trail Running", "Keyboard"] },
      { say: "a replacement please", proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
];
