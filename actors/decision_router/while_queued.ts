/**
 * How the decision router takes a turn while the conversation's handoff is open: a turn for
 * the person joins it (asking for them, asking how long or whether anybody is coming,
 * complaining, upset), and a question the assistant can answer is still answered — an order
 * named in a message the classifier cannot read ("and ORD-2002 whats up with that") is a
 * question about that order, not a chase.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { queueQuestion } from "../../domain/queue_questions.ts";
import { callsOffPerson } from "../../domain/called_off.ts";
import { assistantAsked } from "../../domain/assistant_asked.ts";
import { chatTalk } from "../../domain/chat_talk.ts";
import { onlyGoodbye } from "../../domain/goodbye.ts";

/** What a turn does while a handoff is open, and why. */
export interface QueuedTurn {
  join: boolean;
  why: string;
  /** No upset, however the words sound: the queue's priority is not raised. */
  calm?: boolean;
}

/** Readings that make no request the assistant could answer on their own. */
const FOR_THE_PERSON: ReadonlySet<Intent> = new Set<Intent>([
  "human_agent",
  "small_talk",
  "complaint",
  "other",
]);

/** Requests an upset customer waiting for a person is still served in. */
const SERVED_WHILE_UPSET: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "refund_status",
  "payment_issue",
  "shipping_options",
  "payment_methods",
  "invoice_request",
  "policy_question",
  "product_question",
  "account_access",
]);
/** The confidence from which such a request is taken as asked. */
const SERVED_FROM = 0.5;

/** Readings that, next to an order of theirs named outright, ask about that order. */
const VAGUE: ReadonlySet<Intent> = new Set<Intent>(["small_talk", "other"]);

/** Whether the message itself points at one of their orders (id, product or state). */
function namesTheirOrder(msg: Message): boolean {
  const c = msg.payload.context;
  const why = c?.focus?.why;
  return c?.order_lookup === "found" &&
    (why === "explicit" || why === "product" || why === "state");
}

/**
 * Whether a turn is upset: negative in mood, not only in form — "yeah no, hold on, I'll keep
 * it" is negative for its "no" alone, and a no is no upset.
 */
export function upsetTurn(msg: Message): boolean {
  const s = msg.payload.sentiment;
  if (s?.label !== "negative") return false;
  const onlyNo = s.signals.length > 0 && s.signals.every((x) => x === "negation");
  return !(onlyNo && s.score > ONLY_A_NO);
}
/** Above this score a negative reading carried by a "no" alone is no upset. */
const ONLY_A_NO = -0.25;

/** How the turn `msg` is taken while a handoff is open. */
export function whileQueued(msg: Message): QueuedTurn {
  const i = msg.payload.intent?.intent;
  const upset = upsetTurn(msg);
  const asks = queueQuestion(msg.payload.customer_message.text);
  if (asks) {
    return {
      join: true,
      why: asks === "wait"
        ? "asks how long the wait is"
        : asks === "sees"
        ? "asks what the person will see"
        : "asks whether someone is coming",
    };
  }
  // "Are you a bot?" while waiting: answered (the reply says the person is still coming).
  if (assistantAsked(msg.payload.customer_message.text)) {
    return { join: false, why: "asks about the assistant while waiting" };
  }
  // "Yeah no, don't bother", "ugh fine, yes": the answer to the change we asked about is
  // taken as that answer, however the words sound (a no is no upset).
  if ((i === "affirm" || i === "deny") && msg.session.pending_action !== null) {
    return { join: false, why: `${i} of the pending change` };
  }
  // "Come again?", "sorry wrong chat", "no it's fine, bye" while waiting: about the chat, no
  // upset (the "no" or the "sorry" had raised the queue's priority).
  const text = msg.payload.customer_message.text;
  if (chatTalk(text) !== null || onlyGoodbye(text)) {
    return { join: true, why: "talk about the chat while waiting", calm: true };
  }
  // "Actually never mind, where is my keyboard": calling the person off is no upset.
  const calledOff = callsOffPerson(msg.payload.customer_message.text);
  // "Actually can you just tell me where it is": upset, but asking for something the
  // assistant does — served now, with the line that the person is still coming.
  const sure = (msg.payload.intent?.confidence ?? 0) >= SERVED_FROM;
  if (upset && !calledOff && i !== undefined && sure && SERVED_WHILE_UPSET.has(i)) {
    return { join: false, why: `upset, and ${i} is answered while waiting` };
  }
  // "The broken one first please": the damaged goods named, and no upset beyond the problem's
  // own words — served (a refund or a new one offered), the person still coming. ("Still
  // hasn't arrived, please hurry" chases: it joins.)
  if (i === "delivery_problem" && sure && namesOnlyTheProblem(msg)) {
    return { join: false, why: "names the goods' problem while waiting" };
  }
  if (upset && !calledOff) return { join: true, why: "upset while waiting" };
  if (i === "affirm" || i === "deny") return { join: true, why: `${i} with nothing pending` };
  if (i !== undefined && VAGUE.has(i) && namesTheirOrder(msg)) {
    return { join: false, why: "asks about an order of theirs while waiting" };
  }
  if (i === undefined || FOR_THE_PERSON.has(i)) {
    return { join: true, why: `${i ?? "unread"} for the person` };
  }
  return { join: false, why: `${i} is answered while waiting` };
}

/** Negative only for the problem's words ("broken", "cracked"): nothing of waiting or anger. */
function namesOnlyTheProblem(msg: Message): boolean {
  const signals = msg.payload.sentiment?.signals ?? [];
  return signals.includes("problem") && signals.every((x) => x === "problem" || x === "negation");
}
