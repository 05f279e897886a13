/**
 * Replies while a person is on the way (the conversation's handoff is open): a turn that
 * joins the handoff is told its place and what is left of the wait — answering "how long"
 * or "is someone coming" first when that is what was asked — and a question the assistant
 * answered meanwhile ends with a short line that the person is still coming.
 */
import type { Priority } from "../../shared/protocol.ts";
import { HANDOFF_WAIT_MINUTES } from "../../domain/policy.ts";
import { queueQuestion } from "../../domain/queue_questions.ts";
import { statusFacts } from "./order_facts.ts";
import { pendingDetails } from "./pending_details.ts";
import { type Draft, draft, PARAGRAPH, say, type TurnView } from "./view.ts";
import { isTemplateLanguage, type TemplateLanguage } from "../../domain/foreign.ts";

const RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

/** "How long will that take?", "how much is it?": about the change proposed, not the queue. */
const ABOUT_CHANGE =
  /^\s*(?:(?:ok(?:ay)?|and|so|hmm+)[\s,]+)*(?:how long (?:will|would|does|do) (?:that|it|this)(?: take)?|how much (?:is|will|would) (?:that|it|this)(?: cost| be)?|what happens (?:then|next|after that))\b/i;

/** A wait in words: "about 40 minutes", "about an hour", "about 4 hours". */
export function waitText(p: Priority | number): string {
  const m = typeof p === "number" ? p : HANDOFF_WAIT_MINUTES[p];
  if (m < 60) return `about ${m} minute${m === 1 ? "" : "s"}`;
  if (m === 60) return "about an hour";
  return `about ${Math.round(m / 60)} hours`;
}

/** Minutes left of the expected wait of the open handoff at `priority` (0 when past it). */
export function minutesLeft(v: TurnView, priority: Priority): number {
  const open = v.openHandoff!;
  const waited = Math.max(0, (v.now.getTime() - Date.parse(open.opened_at)) / 60_000);
  return Math.max(0, Math.round(HANDOFF_WAIT_MINUTES[priority] - waited));
}

/** The order the message itself names (not one carried over from earlier turns), or null. */
function namedOrder(v: TurnView) {
  const c = v.context;
  const why = c?.focus?.why;
  if (c?.order_lookup !== "found" || !c.order) return null;
  return why === "explicit" || why === "product" || why === "state" ? c : null;
}

/**
 * A turn that joins the open handoff: no greeting, no second handover — the answer to a
 * question about the wait first, the facts of an order the message names, their place in
 * the queue, what is left of the expected wait, and that the agent will see this message.
 */
export function queued(v: TurnView, priority: Priority): Draft {
  const open = v.openHandoff!;
  const upset = v.sentiment?.label === "negative";
  const raised = RANK[priority] > RANK[open.priority];
  const left = minutesLeft(v, priority);
  // "How long will that take?" right after a change was proposed: the change's time, not
  // the queue's (the wait is said after it).
  const change = v.pending && ABOUT_CHANGE.test(v.text) ? pendingDetails(v, v.pending) : null;
  const asks = change ? null : queueQuestion(v.text);
  const place = v.queuePlace ? `You're number ${v.queuePlace} in the queue.` : null;
  const wait = left > 1
    ? `The expected wait is ${waitText(left)} more, and their reply will appear right here.`
    : "Someone should be with you any moment now, right here in this chat.";
  const named = namedOrder(v);
  const facts = named ? statusFacts(v, named.order!, named.tracking) : [];
  const seen = "I've added this message to your conversation, so they'll see it.";
  const sorry = upset
    ? say(v, "queued-sorry", ["Sorry for the wait.", "I'm sorry you're still waiting."])
    : null;
  const urgent = raised
    ? "I've marked your conversation as more urgent, so it moves up the queue."
    : null;
  const offer = "If there's anything I can check for you in the meantime, just ask.";
  if (asks === "wait") {
    return draft("handoff_queued_wait", "empathetic", [
      sorry,
      left > 1
        ? `You're still in the queue for a member of our team: the expected wait is ${
          waitText(left)
        } more.`
        : "You're still in the queue for a member of our team, and the wait is nearly over: someone should be with you any moment now.",
      place,
      urgent,
      PARAGRAPH,
      `${seen} Their reply will appear right here.`,
      offer,
    ]);
  }
  if (asks === "sees") {
    // "What will the agent see?": everything so far, so nothing needs saying twice.
    return draft("handoff_queued_sees", "empathetic", [
      sorry,
      "They'll see our whole conversation — everything you've written here, this message " +
      "included — and the details of your account and orders, so you won't need to repeat " +
      "anything.",
      place,
      urgent,
      PARAGRAPH,
      wait,
      offer,
    ]);
  }
  if (asks === "presence") {
    return draft("handoff_queued_presence", "empathetic", [
      sorry,
      say(v, "queued-yes", [
        "Yes — a member of our team is on the way, and you're still in the queue for them.",
        "Yes, someone is coming: you're in the queue for a member of our team.",
      ]),
      place,
      urgent,
      PARAGRAPH,
      wait,
      seen,
    ]);
  }
  return draft("handoff_queued", "empathetic", [
    sorry,
    ...(change ?? facts),
    (change ?? facts).length ? PARAGRAPH : null,
    say(v, "queued", [
      "You're still in the queue for a member of our team, and I've added this message to " +
      "your conversation, so they'll see it.",
      "A member of our team is on the way, and this message is with them too.",
    ]),
    place,
    urgent,
    PARAGRAPH,
    wait,
    offer,
  ]);
}

/**
 * The short line after a reply the assistant gave while a person is still on the way, or
 * null when no handoff is open or the turn joined it (its reply says so already).
 */
export function stillComingLine(v: TurnView): string | null {
  if (!v.openHandoff || v.decision?.action === "handoff") return null;
  // A reply in Spanish, French or German is not followed by an English line.
  if (isTemplateLanguage(v.language)) return STILL_COMING[v.language](v.queuePlace);
  const left = minutesLeft(v, v.openHandoff.priority);
  const place = v.queuePlace
    ? `you're number ${v.queuePlace} in the queue`
    : "you're still in the queue";
  return left > 1
    ? `A member of our team is still on the way (${place}, about ${
      waitText(left).replace(/^about /, "")
    } to go).`
    : `A member of our team is still on the way (${place}) and should be with you any moment.`;
}

/** The line that a person is still coming, in the languages the templates speak. */
const STILL_COMING: Record<TemplateLanguage, (place: number | null) => string> = {
  es: (n) =>
    `Un compañero de nuestro equipo te responderá aquí en breve${
      n ? ` (eres el número ${n} de la cola)` : ""
    }.`,
  fr: (n) =>
    `Un membre de notre équipe vous répondra ici sous peu${
      n ? ` (vous êtes numéro ${n} dans la file d'attente)` : ""
    }.`,
  de: (n) =>
    `Ein Kollege aus unserem Team antwortet Ihnen hier in Kürze${
      n ? ` (Sie sind Nummer ${n} in der Warteschlange)` : ""
    }.`,
};

/** The draft with the line that a person is still coming, when one is due. */
export function withStillComing(v: TurnView, reply: Draft): Draft {
  const line = stillComingLine(v);
  return line ? { ...reply, text: `${reply.text}\n\n${line}` } : reply;
}
