/**
 * Replies to talk about the chat itself (`domain/chat_talk.ts`): "can you repeat that?" and
 * "what?" get our last reply again (they had got a question about paying or "what can I do
 * for you next?"); "sorry wrong chat" is let go, nothing done (a VIP had been handed over as
 * upset); "you already told me that" is owned; "that's not what I asked" says how we read
 * them and asks again (it had read as a no: "No problem. Anything else?"). While a change
 * waits, the same message sent twice is taken once: nothing is done, the change asked again.
 */
import type { Intent } from "../../shared/protocol.ts";
import { chatTalk, sameMessage } from "../../domain/chat_talk.ts";
import { pendingQuestion } from "./pending_again.ts";
import { actionPhrase } from "../../domain/outcomes.ts";
import { type Draft, draft, PARAGRAPH, type TurnView } from "./view.ts";

/** How a repeated reply is introduced (and taken off when it is repeated once more). */
const AGAIN = "Of course — here it is again:";

/** A short greeting sentence a reply opened with: "Hi Sarah.", "Hello Mike, thanks for getting in touch." */
const GREETING = /^(?:hi|hello|hey|dear)\b[^.!?\n]{0,60}[.!]\s+(?=\S)/i;

/** What we took a message as, by the intent we read it as. */
const TAKEN_AS: Partial<Record<Intent, string>> = {
  order_status: "a question about where your order is",
  cancel_order: "a request to cancel an order",
  modify_order: "a request to change the items of an order",
  change_address: "a request to change a delivery address",
  return_item: "a request to return an order",
  refund_request: "a request for a refund",
  refund_status: "a question about a refund",
  delivery_problem: "a problem with a delivery",
  shipping_options: "a question about our shipping options",
  payment_issue: "a problem with a payment",
  payment_methods: "a question about the ways you can pay",
  invoice_request: "a request for an invoice",
  policy_question: "a question about our policies",
  account_access: "a problem signing in",
  account_update: "a question about your account",
  place_order: "a question about how to order",
  product_question: "a question about a product",
  complaint: "a complaint",
  feedback: "feedback",
};

/** The person offered, never forced. */
const PERSON = "If you'd rather, I can pass you to a member of our team.";

/** The reply to talk about the chat with nothing waiting for a yes; null for anything else. */
export function chatTalkReply(v: TurnView): Draft | null {
  const kind = chatTalk(v.text);
  const name = v.name ? `, ${v.name}` : "";
  // Their own email alone, signed in already (it had got "What would you like me to look at
  // next?" with no word that it is theirs): said so.
  const own = v.guest ? null : v.context?.customer?.email ?? null;
  if (own && v.text.trim().toLowerCase() === own.toLowerCase()) {
    return draft("small_talk_own_email", "friendly", [
      `That's the email on your account${name} — you're already signed in, so I can see your orders.`,
      "What can I help you with? I can check an order, arrange a return or refund, or answer questions about shipping and payment.",
    ]);
  }
  switch (kind) {
    case "repeat":
      return v.replied ? draft("small_talk_repeat", "friendly", repeated(v.replied)) : null;
    case "wrong_chat":
      return draft("small_talk_wrong_chat", "friendly", [
        `No problem${name} — I'll ignore that one, and nothing has been changed. If there's anything I can help you with here, just ask.`,
      ]);
    case "presence":
      return draft("small_talk_presence", "friendly", [
        `Yes, I'm here${name} — I'm the store's virtual assistant.`,
        "How can I help? I can check an order, arrange a return or refund, or answer questions about shipping and payment.",
      ]);
    case "told_already":
      return draft("small_talk_told_already", "apologetic", [
        `Sorry for repeating myself${name}. Is there something I haven't answered yet? Tell me what you'd like to know. ${PERSON}`,
      ]);
    case "not_asked": {
      const taken = v.lastIntent ? TAKEN_AS[v.lastIntent] : undefined;
      return draft("small_talk_not_asked", "apologetic", [
        `Sorry${name} — I misunderstood you.${
          taken ? ` I took your last message as ${taken}.` : ""
        } Could you tell me again, in a few words, what you'd like to know? ${PERSON}`,
      ]);
    }
    default:
      return null;
  }
}

/**
 * The reply to the same message sent again, or to one sent here by mistake, while a change
 * waits for a yes: nothing done, the change asked again.
 */
export function chatTalkWhilePending(v: TurnView): Draft | null {
  const p = v.pending;
  if (!p) return null;
  const question = capitalFirst(pendingQuestion(v, p));
  if (sameMessage(v.text, v.said)) {
    return draft("pending_said_again", "friendly", [
      "Your message came through twice, so I've taken it once — nothing has been changed yet.",
      question,
    ]);
  }
  if (chatTalk(v.text) !== "wrong_chat") return null;
  return draft("pending_wrong_chat", "friendly", [
    "No problem — I'll ignore that one, and nothing has been changed.",
    `Whenever you're ready: ${pendingQuestion(v, p)}`,
  ]);
}

/**
 * "Can you repeat that?", "you already told me that" while a change waits (after "what does
 * that mean?" is explained): our last reply again, or the change asked again.
 */
export function chatRepeatWhilePending(v: TurnView): Draft | null {
  const p = v.pending;
  if (!p) return null;
  const question = capitalFirst(pendingQuestion(v, p));
  switch (chatTalk(v.text)) {
    case "repeat":
      return v.replied
        ? draft("pending_repeat", "friendly", repeated(v.replied))
        : draft("pending_repeat", "friendly", [question]);
    case "told_already":
    case "not_asked":
      return draft("pending_not_asked", "apologetic", [
        "Sorry — I haven't changed anything. Tell me in a few words what you'd like, or answer this when you're ready:",
        question,
      ]);
    default:
      return null;
  }
}

/**
 * "Yes" sent again right after the yes that carried the change out: taken once, and said so
 * (it had got "Sure — what would you like me to help with?").
 */
export function doneSaidAgain(v: TurnView): Draft | null {
  const done = v.done;
  if (!done || v.pending || v.lastIntent !== "affirm" || !sameMessage(v.text, v.said)) return null;
  return draft("affirm_done_again", "friendly", [
    `Your yes came through twice, so I've taken it once: the request to ${
      actionPhrase(done.type, done.order_id)
    } has already been carried out, and nothing more has been changed.`,
    "Is there anything else I can help with?",
  ]);
}

/** Our last reply said again, without the lead of an earlier repetition. */
function repeated(replied: string): string[] {
  const last = replied.startsWith(AGAIN) ? replied.slice(AGAIN.length).trim() : replied;
  // The greeting it opened with is not said twice ("Hi Sarah." before the order's news).
  const greeting = last.match(GREETING);
  const rest = greeting ? last.slice(greeting[0].length) : last;
  return [AGAIN, PARAGRAPH, rest === "" ? last : rest];
}

function capitalFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
