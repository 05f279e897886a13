/**
 * Replies to messages in another language than English: in Spanish, French or German the
 * requests we have templates for are answered in that language (the decision router hands
 * over the rest, and the hand-over is said in that language too); any other language gets
 * a plain English note that a colleague takes over. Never an English greeting.
 */
import {
  foreignRequest,
  isTemplateLanguage,
  saysGoodbyeIn,
  type TemplateLanguage,
} from "../../domain/foreign.ts";
import {
  REFUND_PROCESSING_DAYS,
  REFUND_WINDOW_DAYS,
  RETURN_SEND_DAYS,
  RETURN_WINDOW_DAYS,
} from "../../domain/policy.ts";
import type { ProposedAction } from "../../shared/protocol.ts";
import { ENGLISH_TAKEOVER, localDate, PHRASES, type Phrases } from "./i18n.ts";
import { type Draft, draft, propose, resolveOrder, type Tone, type TurnView } from "./view.ts";

const OPEN = new Set(["pending", "processing", "shipped"]);

/** The reply to a message in another language, or null for English. */
export function foreignReply(v: TurnView, tone: Tone): Draft | null {
  const lang = v.language;
  if (!lang || lang === "en") return null;
  if (!isTemplateLanguage(lang)) {
    // A courtesy alone ("grazie") stays small talk, answered as such; the rest is handed over.
    if (v.intent === "small_talk" && v.decision?.action !== "handoff") return null;
    return draft("foreign_takeover", tone, [ENGLISH_TAKEOVER]);
  }
  const p = PHRASES[lang];
  const hello = v.firstTurn ? p.hello(v.name) : null;
  const request = foreignRequest(v.text, lang);
  if (v.decision?.action === "handoff") {
    // About an order of theirs (a lost parcel goes to a colleague): its facts come first.
    const facts = request === "order_status" || request === "tracking" ? orderFacts(v, lang) : null;
    if (!facts) return draft(`foreign_handoff_${lang}`, tone, [hello, p.colleague]);
    return draft(`foreign_handoff_${lang}`, tone, [
      hello,
      ...facts.sentences,
      facts.lost ? p.lostColleague : p.colleague,
    ], facts.actions);
  }
  switch (request) {
    case "returns":
      return draft(`foreign_returns_${lang}`, tone, [
        hello,
        p.returns(RETURN_WINDOW_DAYS, RETURN_SEND_DAYS),
        p.more,
      ]);
    case "refunds":
      return draft(`foreign_refunds_${lang}`, tone, [
        hello,
        p.refunds(REFUND_WINDOW_DAYS, REFUND_PROCESSING_DAYS),
        p.more,
      ]);
    case "order_status":
    case "tracking":
      if (v.guest) {
        return draft(`foreign_sign_in_${lang}`, tone, [
          hello,
          v.signInCodeSent ? p.typeCode : p.signIn,
        ]);
      }
      return orderReply(v, tone, { lang, p, hello, tracking: request === "tracking" });
    case "thanks":
      // "Gracias, adiós": thanked and let go, not asked for more.
      return saysGoodbyeIn(v.text, lang)
        ? draft(`foreign_thanks_goodbye_${lang}`, tone, [p.welcome, p.bye(v.name)])
        : draft(`foreign_thanks_${lang}`, tone, [p.welcome, p.more]);
    case "goodbye":
      return draft(`foreign_goodbye_${lang}`, tone, [p.bye(v.name)]);
    case "greeting":
      return draft(`foreign_greeting_${lang}`, tone, [
        p.hello(v.name),
        p.help,
      ]);
    default:
      // The router hands these over; should one reach here, say so in the language.
      return draft(`foreign_handoff_${lang}`, tone, [hello, p.colleague]);
  }
}

/** Where an order is (and its parcel), in the customer's language. */
function orderReply(
  v: TurnView,
  tone: Tone,
  o: { lang: TemplateLanguage; p: Phrases; hello: string | null; tracking: boolean },
): Draft {
  const { lang, p, hello } = o;
  const ref = resolveOrder(v, (x) => OPEN.has(x.status));
  if (ref.kind === "missing") {
    return draft(`foreign_not_found_${lang}`, tone, [hello, p.notFound(ref.id)]);
  }
  if (ref.kind === "none") {
    const pool = ref.candidates.length > 0 ? ref.candidates : ref.all;
    const ids = pool.slice(0, 3).map((x) => x.id);
    return draft(`foreign_which_${lang}`, tone, [hello, p.askWhich(ids)]);
  }
  const facts = orderFacts(v, lang, o.tracking)!;
  return draft(
    `foreign_${o.tracking ? "tracking" : "order_status"}_${lang}`,
    tone,
    [hello, ...facts.sentences, p.more],
    facts.actions,
  );
}

/**
 * The facts of the order in question in `lang`: its status as the carrier sees the parcel
 * (lost, running late, delivered on a day), its tracking number, last scan and expected
 * day. Null when the turn has no one order in question.
 */
export function orderFacts(
  v: TurnView,
  lang: TemplateLanguage,
  askedTracking = false,
): { sentences: string[]; actions: ProposedAction[]; lost: boolean } | null {
  const ref = resolveOrder(v, (x) => OPEN.has(x.status));
  if (ref.kind !== "found") return null;
  const p = PHRASES[lang];
  const { order, tracking } = ref;
  // The parcel's own state where the carrier has one: a lost parcel is never "on its way".
  const parcel = tracking && tracking.number === order.tracking_number ? tracking : null;
  const lost = order.status === "shipped" && parcel?.status === "lost";
  const status = lost
    ? p.status.lost
    : order.status === "pending" && order.payment_status === "pending"
    ? p.status.awaitingPayment
    : p.status[order.status] ?? order.status;
  // The same dates as the English reply (order_facts.ts): shipped, delivered, the estimate.
  const delivered = order.status === "delivered" && order.delivered_at
    ? p.deliveredOn(order.id, localDate(order.delivered_at, lang))
    : null;
  const sentences: string[] = [delivered ?? p.order(order.id, status)];
  const actions = [propose("order_status", order.id)];
  const carrier = order.carrier ?? parcel?.carrier ?? null;
  if (order.status === "shipped" && order.shipped_at) {
    // The carrier is named once, beside the tracking number when there is one.
    const by = order.tracking_number ? null : carrier;
    sentences.push(p.shippedOn(localDate(order.shipped_at, lang), by));
  }
  if (order.status !== "delivered" && order.status !== "cancelled") {
    if (order.tracking_number) {
      sentences.push(p.tracking(order.tracking_number, carrier));
      actions.push(propose("tracking_info", order.id));
    } else if (askedTracking) sentences.push(p.noTracking);
    const last = parcel?.last_event;
    if (last && parcel?.status === "exception") {
      sentences.push(p.delayed(last.location, localDate(last.at, lang)));
    } else if (last) sentences.push(p.lastScan(last.location, localDate(last.at, lang)));
    const eta = parcel?.eta ?? order.eta ?? null;
    if (eta && !lost) {
      sentences.push(
        new Date(eta) >= v.now ? p.eta(localDate(eta, lang)) : p.late(localDate(eta, lang)),
      );
    }
  } else if (order.tracking_number && askedTracking) {
    sentences.push(p.tracking(order.tracking_number, carrier));
    actions.push(propose("tracking_info", order.id));
  }
  return { sentences, actions, lost };
}
