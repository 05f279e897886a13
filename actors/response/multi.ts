/**
 * One reply to a message that makes several requests ("where's ORD-1001 and do you take
 * PayPal?"): each request is answered in the order the customer wrote it, from the same
 * templates as a single request, with one greeting, one closing and at most one proposed
 * change — a second change is mentioned, to be taken up once the first is settled.
 */
import { parcelOf } from "./parcel_of.ts";
import type {
  ContextEnrichment,
  DeferredRequest,
  Entities,
  Intent,
  IntentRequest,
  OrderView,
} from "../../shared/protocol.ts";
import { orderIdsIn } from "../../domain/facts.ts";
import { orderNamedBefore } from "./order_before.ts";
import { onOneOrder } from "./multi_order.ts";
import { byOrderParts, remedyLater } from "./order_parts.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import {
  otherOrderIn,
  refundToldByChange,
  withRemedyAsks,
  withSameAgain,
  withWhereGoods,
} from "./request_parts.ts";
import { faqFor } from "../../domain/faq.ts";
import { policyTopicFor } from "../../domain/policy.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { closer, confirmPrompt, opener } from "./tone.ts";
import { detailFirst } from "./detail_first.ts";
import { type Draft, draft, LOOKUP_ACTIONS, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** Renders one request as if it were the whole message (the single-request templates). */
export type RenderOne = (v: TurnView) => Draft;

/** What each change-type intent is called when it has to wait for the first change. */
const CHANGE_WORDS: Partial<Record<Intent, string>> = {
  cancel_order: "cancelling an order",
  modify_order: "changing an order",
  change_address: "changing the delivery address",
  return_item: "the return",
  refund_request: "the refund",
  delivery_problem: "the delivery problem",
  shipping_options: "speeding up the delivery",
  account_update: "updating your account",
};

/**
 * The requests worth a reply of their own, in the order the customer wrote them: one per
 * intent and order (the same question about two orders is two requests).
 */
export function requestsInOrder(
  requests: readonly IntentRequest[] | undefined,
  c: ContextEnrichment | null = null,
  entities: Entities | null = null,
): IntentRequest[] {
  const seen = new Set<string>();
  const out: { r: IntentRequest; order: string; topic: string }[] = [];
  for (const r of requests ?? []) {
    const order = orderNamedIn(c, r.text, entities)?.id ?? "";
    // "Change my password and update my phone number": two account questions the FAQ tells
    // apart are two requests, though one intent.
    // "How do returns work and how long do refunds take?": two sections of the rules, two too.
    const topic = ORDER_INTENTS.has(r.intent) ? "" : faqFor(r.text, r.intent)?.entry.id ??
      (r.intent === "policy_question" ? policyTopicFor(r.text) ?? "" : "");
    const key = `${r.intent}|${order}|${topic}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ r, order, topic });
  }
  // "I tried to pay for the monitor but my card keeps getting declined": a part naming no
  // order beside another of the same intent says more about the same request.
  const kept = out.filter(({ r, order, topic }, i) =>
    order !== "" ||
    !out.some((o, j) =>
      j !== i && o.r.intent === r.intent && o.topic === topic && (o.order !== "" || j < i)
    )
  ).map(({ r }) => r);
  // Its words go with it ("…arrived dented. I'd like a replacement rather than a refund").
  const said = kept.map((r) =>
    withWordsOf(r, out.map((o) => o.r).filter((o) => !kept.includes(o)))
  );
  return said.length >= 2 ? said.sort((a, b) => a.start - b.start).slice(0, 3) : [];
}

/** The request with the words of the dropped parts of its intent after its own. */
function withWordsOf(r: IntentRequest, dropped: readonly IntentRequest[]): IntentRequest {
  const more = dropped.filter((d) => d.intent === r.intent).map((d) => d.text);
  return more.length > 0 ? { ...r, text: [r.text, ...more].join(" ") } : r;
}

/** The customer's order a request's own words name: by its id, else by a product in it. */
function orderNamedIn(
  c: ContextEnrichment | null,
  text: string,
  entities: Entities | null,
): OrderView | null {
  if (!c) return null;
  // "pay for 2002 and cancel 2001": a bare number the reference reader took for an order
  // names that order in the part it stands in.
  const id = orderIdsIn(text)[0] ?? refIn(text, entities);
  if (id) return c.orders.find((o) => o.id === id) ?? null;
  const lower = text.toLowerCase();
  const names = (entities?.item_refs ?? []).filter((r) => lower.includes(r.text.toLowerCase()))
    .map((r) => r.name.toLowerCase());
  // "…and my shoes order": goods the reference reader left out, by a word of their own.
  const byGoods = names.length === 0 ? ordersNamedByGoods(c.orders, text) : [];
  if (names.length === 0) return byGoods.length === 1 ? byGoods[0] : null;
  const fitting = c.orders.filter((o) =>
    o.items.some((it) => names.some((n) => it.name.toLowerCase().includes(n)))
  );
  return fitting.length === 1 ? fitting[0] : null;
}

/** The order of a reference of the message (`order_refs`) written in `text`, if any. */
function refIn(text: string, entities: Entities | null): string | undefined {
  return (entities?.order_refs ?? []).find((r) =>
    new RegExp(`(?<![\\w-])${r.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "i")
      .test(text)
  )?.id;
}

/** The context narrowed to the order a request's own words name, when it is theirs. */
function contextFor(
  c: ContextEnrichment | null,
  order: OrderView | null,
): ContextEnrichment | null {
  if (!c) return c;
  if (!order || (c.order?.id === order.id && c.order_lookup === "found")) return c;
  return { ...c, order, order_lookup: "found", tracking: parcelOf(c, order) };
}

/**
 * The view of one request of a message as if it were the whole message: its intent and
 * words, the order its own words name, no greeting.
 */
export function requestView(
  v: TurnView,
  intent: Intent,
  text: string,
  others: readonly string[] = [],
  orderId: string | null = null,
): TurnView {
  // "…the stand mixer… and whats happening with my other order": beside the one named.
  const elsewhere = others.flatMap((t) => orderNamedIn(v.context, t, v.entities)?.id ?? []);
  // A request put off earlier keeps the order it was about (`orderId`).
  const named = v.context?.orders.find((o) => o.id === orderId) ??
    orderNamedIn(v.context, text, v.entities) ?? otherOrderIn(v.context, text, elsewhere, intent);
  return {
    ...v,
    intent,
    text,
    firstTurn: false,
    context: contextFor(v.context, named),
    entities: {
      ...v.entities,
      order_ids: orderIdsIn(text).length
        ? orderIdsIn(text)
        : named
        ? [named.id]
        : v.entities.order_ids,
    },
  };
}

/**
 * `text` without the sentences `said` already holds (paragraphs left empty dropped), nor a
 * question already asked in other words ("… — which would you prefer?" twice).
 */
export function unsaid(text: string, said: readonly string[]): string {
  const before = squashed(said.join(" "));
  const asked = new Set(said.flatMap((p) => sentencesOf(p)).map(questionTail).filter(Boolean));
  return text.split(PARAGRAPH).map((para) =>
    sentencesOf(para).filter((s) => !before.includes(squashed(s)) && !asked.has(questionTail(s)))
      .join(" ").trim()
  ).filter((para) => para !== "").join(PARAGRAPH);
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+/);
}

/** The last four words of a question ("which would you prefer?"), or "" for a statement. */
function questionTail(sentence: string): string {
  const s = sentence.trim();
  if (!s.endsWith("?")) return "";
  const words = s.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean);
  return words.length >= 6 ? words.slice(-4).join(" ") : "";
}

/** Text with its whitespace made single spaces, to compare paragraphs laid out differently. */
function squashed(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Strips `head` from the start and `tail` from the end of `text` where they stand. */
export function trimmed(text: string, head: string, tails: readonly string[]): string {
  let out = text;
  if (head && out.startsWith(head)) out = out.slice(head.length);
  for (const tail of tails) {
    if (tail && out.trimEnd().endsWith(tail)) out = out.trimEnd().slice(0, -tail.length);
  }
  out = out.trim();
  // A closing offer of more help (an FAQ entry's own follow-up) is said once, at the end.
  const paragraphs = out.split(PARAGRAPH);
  if (paragraphs.length > 1 && CLOSING.test(paragraphs[paragraphs.length - 1])) {
    out = paragraphs.slice(0, -1).join(PARAGRAPH).trim();
  }
  return out;
}

/** Changes we suggest for a delivery problem, where the customer asked for none. */
const SUGGESTED: ReadonlySet<string> = new Set(["carrier_investigation"]);

/**
 * The order the requests' answers are given in: as asked, except that an answer proposing
 * only a change we suggest (a carrier investigation for a late parcel) comes after one
 * proposing a change the customer asked for ("my order is late. can you speed it up": the
 * upgrade is proposed, the investigation offered once that is settled).
 */
function askedChangesFirst(drafts: readonly Draft[]): number[] {
  const changesOf = (d: Draft) => d.proposed_actions.filter((a) => !LOOKUP_ACTIONS.has(a.type));
  const suggestedOnly = (d: Draft) => {
    const c = changesOf(d);
    return c.length > 0 && c.every((a) => SUGGESTED.has(a.type));
  };
  const indices = drafts.map((_, i) => i);
  const asked = drafts.some((d) => changesOf(d).length > 0 && !suggestedOnly(d));
  if (!asked) return indices;
  return [
    ...indices.filter((i) => !suggestedOnly(drafts[i])),
    ...indices.filter((i) => suggestedOnly(drafts[i])),
  ];
}

/** The order `sequence` with the answers that ask the customer something moved to its end. */
function askedLast(sequence: readonly number[], drafts: readonly Draft[]): number[] {
  return [
    ...sequence.filter((i) => !drafts[i].asks),
    ...sequence.filter((i) => drafts[i].asks),
  ];
}

/** Changes that settle a delivery problem of their order. */
const REMEDIES: ReadonlySet<string> = new Set(["return_item", "refund", "replacement"]);

/** Requests a remedy proposed for the same order settles: no change for later. */
const SETTLED_BY_REMEDY: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "return_item",
  "refund_request",
]);

/** The sentence that asks to choose: from its start (a decimal point is no sentence end). */
const CHOICE_ASKED = /(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?![.!?]\s)[^\n])*which would you prefer\?/i;

/** A paragraph that only offers more help. */
const CLOSING =
  /^(is there anything else|anything else|let me know if there's anything else)\b[^.?!]*[.?!]$/i;

/**
 * The reply to a message of several requests, or null when it makes only one. `render`
 * drafts one request alone; its greeting and closing are dropped and said once.
 */
export function multiAnswer(
  v: TurnView,
  tone: Tone,
  requests: readonly IntentRequest[] | undefined,
  render: RenderOne,
): Draft | null {
  // "The vacuum never came. refund it. and the mixer came dented": cut again by order.
  const parts = byOrderParts(v.context, v.text, requests) ??
    withWhereGoods(withSameAgain(withRemedyAsks(v.text, requests)));
  const ordered = requestsInOrder(parts, v.context, v.entities);
  if (ordered.length < 2) return null;
  const body: string[] = [];
  const actions: Draft["proposed_actions"] = [];
  const later: string[] = [];
  const names: string[] = [];
  let prompt: string | null = null;
  let followUp: string | null = null;
  const deferred: DeferredRequest[] = [];
  // What one answer asks ("a refund or a replacement?") is noted for the next turn as alone.
  let asks: Draft["asks"];
  let asksText = "";
  // "Where's my order and send me the invoice": one order for both when one lands on it.
  const { subs, drafts } = onOneOrder(
    ordered.map((r) =>
      requestView(
        v,
        r.intent,
        r.text,
        ordered.filter((o) => o !== r).map((o) => o.text),
        // "…order 3001 three weeks ago. I would like a full refund please": 3001's refund.
        orderNamedIn(v.context, r.text, v.entities)
          ? null
          : orderNamedBefore(v.text, r, v.context, v.entities),
      )
    ),
    ordered,
    render,
  );
  // An answer that asks something ("a refund or a replacement?") comes last, ending the reply.
  const { sequence, first } = detailFirst(askedLast(askedChangesFirst(drafts), drafts), drafts);
  for (const i of sequence) {
    const r = ordered[i];
    const sub = subs[i];
    const d = drafts[i];
    const changes = d.proposed_actions.filter((a) => !LOOKUP_ACTIONS.has(a.type));
    if (changes.length > 0 && (prompt !== null || (first !== null && i !== first))) {
      // The trouble a return, a refund or a replacement of the same order settles ("how do
      // I return the mixer? it's broken") is no request for later.
      const own = sub.context?.order_lookup === "found" ? sub.context.order?.id ?? null : null;
      // Nor is a return or a refund of the order a refund or a return of it already settles
      // ("the mixer came broken. return it and refund me": one remedy, not two changes).
      // "My mixer came broken and I would like my money back": a remedy asked for without
      // naming an order of its own is the remedy of the problem told beside it.
      const unnamed = orderNamedIn(v.context, r.text, v.entities) === null;
      if (
        SETTLED_BY_REMEDY.has(r.intent) &&
        actions.some((a) => REMEDIES.has(a.type) && (a.order_id === own || unnamed))
      ) {
        continue;
      }
      // "Return the monitor? i dont need it anymore": the change already proposed, not a second.
      if (
        changes.every((c) => actions.some((a) => a.type === c.type && a.order_id === c.order_id))
      ) {
        continue;
      }
      // One change at a time: the customer's yes must be unambiguous. The other is raised
      // again once this one is settled (domain/deferred.ts).
      later.push(remedyLater(r.text, own) ?? CHANGE_WORDS[r.intent] ?? "your other request");
      deferred.push({ intent: r.intent, order_id: own, text: r.text, raised: false });
      continue;
    }
    // "Cancel 1003, and how long does the refund take?": the cancellation says when.
    if (refundToldByChange(r.intent, sub, actions)) continue;
    const ask = changes.length > 0 ? confirmPrompt(sub) : null;
    let text = trimmed(d.text, opener(sub, tone), [closer(sub), ask ?? ""]);
    if (d.template?.startsWith("faq_")) {
      // An FAQ answer's own follow-up question ("Did that get you back in?") ends the reply
      // when it is the last answer (instead of the closing offer), else it is left out.
      const paragraphs = text.split(PARAGRAPH);
      const follow = paragraphs.length > 1 && paragraphs[paragraphs.length - 1].endsWith("?");
      if (follow) {
        const last = paragraphs.pop()!;
        if (i === sequence[sequence.length - 1]) followUp = last;
        text = paragraphs.join(PARAGRAPH);
      }
    }
    // A complaint already states the order's facts: its status told again would repeat them.
    const fresh = text ? unsaid(text, body) : "";
    if (fresh) body.push(fresh);
    if (!asks && d.asks) [asks, asksText] = [d.asks, r.text];
    if (changes.length > 0) prompt = ask;
    actions.push(...d.proposed_actions);
    names.push(d.template ?? r.intent);
  }
  // "ORD-3001 never arrived. refund please": the refund proposed answers the lost parcel's choice.
  const settled = actions.some((a) => REMEDIES.has(a.type) && a.order_id === asks?.order_id);
  // "My mixer is broken, refund me — and the vacuum?": the vacuum's choice waits for the refund.
  const putOff = !settled && prompt !== null && asks?.order_id != null;
  if (asks?.slot === "choice" && (settled || putOff)) {
    for (let i = 0; i < body.length; i++) {
      body[i] = body[i].replace(CHOICE_ASKED, "").replace(/\n{3,}/g, "\n\n").trim();
    }
    for (let i = body.length - 1; i >= 0; i--) if (body[i] === "") body.splice(i, 1);
    if (putOff) {
      later.push(`a refund or a replacement for order ${asks.order_id}`);
      deferred.push({
        intent: "delivery_problem",
        order_id: asks.order_id ?? null,
        text: asksText,
        raised: false,
      });
      asks = undefined;
    }
  }
  const greet = opener(v, tone);
  const sentences: string[] = [];
  // The greeting opens the first answer's paragraph: "Hello." alone reads like a stutter.
  if (greet) sentences.push(greet);
  for (const b of body) sentences.push(b, PARAGRAPH);
  if (later.length > 0) {
    sentences.push(`I can also help with ${later.join(" and ")} once this is settled.`);
  }
  // An answer that asks its own question (a refund or a replacement?) needs no closing offer.
  const askedAlready = asks != null || (body.at(-1)?.trimEnd().endsWith("?") ?? false);
  const last = prompt ?? followUp ?? (askedAlready ? null : closer(v));
  if (last) sentences.push(last);
  else if (sentences.at(-1) === PARAGRAPH) sentences.pop();
  const drafted = draft(`multi:${names.join("+")}`, tone, sentences, actions);
  // A change proposed waits for a yes: that is the question asked, not the choice.
  const out = asks && prompt === null ? { ...drafted, asks } : drafted;
  return deferred.length ? { ...out, deferred } : out;
}
