/**
 * Plays a conversation written as data (tests/conversations/) against a running system and
 * judges it: each reply by its patterns and by the store's facts, and the store's ledger
 * afterwards (the expected changes exactly once, nothing else).
 */
import {
  Conversation,
  type Fact,
  type ParsedConversation,
  STATUS_WORDS,
} from "../conversations/schema.ts";
import type { LedgerEntry, TestSystem } from "./system.ts";
import { formatDate } from "../../domain/format.ts";

/**
 * A conversation's words with its days written from the day it is played — `{date+2}` the
 * date two days on as replies write it ("December 9"), `{weekday+4}` that day's name
 * ("Friday") — so that no conversation depends on the day the suite runs (the demo store's
 * data are seeded relative to its clock, which is the real one).
 */
export function dated(text: string, now: Date): string {
  return text.replace(/\{(date|weekday)([+-]\d+)\}/g, (_, kind: string, n: string) => {
    const day = new Date(now.getTime() + Number(n) * 86_400_000);
    return kind === "date"
      ? formatDate(day.toISOString(), now)
      : day.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  });
}

/** Parses conversations, failing on the first malformed one with its name. */
export function parseConversations(list: readonly unknown[]): ParsedConversation[] {
  return list.map((c, i) => {
    const parsed = Conversation.safeParse(c);
    if (!parsed.success) {
      const name = (c as { name?: string }).name ?? `#${i}`;
      throw new Error(`Conversation ${name} is malformed: ${parsed.error.message}`);
    }
    return parsed.data;
  });
}

interface StoreOrder {
  id: string;
  status: string;
  total: number;
  tracking_number: string | null;
}

interface StoreProduct {
  name: string;
  price: number;
  stock: number;
  in_stock: boolean;
  rating: number;
  warranty_months: number;
}

/** Reads what a fact must say from the store (before the conversation changes it). */
async function expectedFact(t: TestSystem, fact: Fact): Promise<RegExp> {
  if ("product" in fact) return expectedProductFact(t, fact.product, fact.field);
  const order = await t.admin(`/orders/${fact.order}`) as StoreOrder;
  switch (fact.field) {
    case "id":
      return new RegExp(order.id);
    case "tracking":
      if (!order.tracking_number) throw new Error(`Order ${order.id} has no tracking number`);
      return new RegExp(order.tracking_number);
    case "total":
      return new RegExp(order.total.toFixed(2).replace(".", "\\."));
    case "status": {
      let status = order.status;
      if (order.tracking_number && status === "shipped") {
        const parcel = await t.admin(`/tracking/${order.tracking_number}`) as { status: string };
        status = parcel.status;
      }
      const words = STATUS_WORDS[status];
      if (!words) throw new Error(`No words for the status ${status}`);
      return words;
    }
  }
}

/** What a reply about a catalogue product must say, read from the store. */
async function expectedProductFact(t: TestSystem, sku: string, field: string): Promise<RegExp> {
  const p = await t.admin(`/products/${sku}`) as StoreProduct;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  switch (field) {
    case "name":
      return new RegExp(escape(p.name), "i");
    case "stock":
      // Few left: the store's own count; none: sold out, never "in stock".
      if (!p.in_stock) return /sold out|out of stock/i;
      return p.stock <= 5 ? new RegExp(`in stock, with only ${p.stock} left`, "i") : /in stock/i;
    case "price":
      return new RegExp(p.price.toFixed(2).replace(".", "\\."));
    case "warranty":
      return new RegExp(`${p.warranty_months}-month`);
    default:
      return new RegExp(`${p.rating.toFixed(1).replace(".", "\\.")} out of 5`);
  }
}

const show = (reply: string) => JSON.stringify(reply.length > 600 ? reply.slice(0, 600) : reply);

/** Where a handoff stands in the agents' queue, as the agent API shows it. */
async function handoffStatus(t: TestSystem, id: string): Promise<string> {
  const res = await fetch(`${t.url}/api/agent/handoffs?status=all`, {
    headers: { authorization: `Bearer ${t.agentToken}` },
  });
  const body = await res.json() as { handoffs: { id: string; status: string }[] };
  return body.handoffs.find((h) => h.id === id)?.status ?? "missing";
}

/**
 * A turn's words with `{code}` replaced by the one-time sign-in code the conversation's guest
 * was "mailed" (the demo shows it to agents: GET /api/agent/conversations/{id}/sign-in-code).
 */
async function withCode(t: TestSystem, conversationId: string, text: string): Promise<string> {
  if (!text.includes("{code}")) return text;
  const res = await fetch(`${t.url}/api/agent/conversations/${conversationId}/sign-in-code`, {
    headers: { authorization: `Bearer ${t.agentToken}` },
  });
  if (!res.ok) throw new Error(`No sign-in code to type: ${res.status} ${await res.text()}`);
  const { code } = await res.json() as { code: string };
  return text.replaceAll("{code}", code);
}

/** Plays `conv` on `t` and throws a named error on the first thing that does not hold. */
export async function playConversation(t: TestSystem, conv: ParsedConversation): Promise<void> {
  const shopper = await t.session(conv.who);
  let handoffId: string | null = null;
  for (const [i, turn] of conv.turns.entries()) {
    const where = `turn ${i + 1} (${JSON.stringify(turn.say)})`;
    const facts = await Promise.all(turn.facts.map((f) => expectedFact(t, f)));
    if (turn.faults) await t.admin("/admin/faults", turn.faults);
    const now = new Date();
    const r = await shopper.say(await withCode(t, shopper.conversationId, dated(turn.say, now)));
    const fail = (what: string): never => {
      throw new Error(`${where}: ${what}; the reply was ${show(r.reply)}`);
    };
    for (const p of turn.mention.map((m) => dated(m, now))) {
      if (!new RegExp(p, "i").test(r.reply)) fail(`the reply does not mention /${p}/`);
    }
    for (const p of turn.avoid.map((m) => dated(m, now))) {
      if (new RegExp(p, "i").test(r.reply)) fail(`the reply mentions /${p}/`);
    }
    for (const [j, re] of facts.entries()) {
      const f = turn.facts[j];
      const of = "product" in f ? f.product : f.order;
      if (!re.test(r.reply)) fail(`the reply misses the ${f.field} of ${of} (${re})`);
    }
    if (turn.proposes !== undefined) {
      const got = r.pending_confirmation?.action ?? null;
      if (got !== turn.proposes) fail(`awaiting ${got} instead of ${turn.proposes}`);
    }
    if (turn.handoff === "none" && r.handoff) fail("handed over");
    if (turn.handoff === "new") {
      if (!r.handoff) fail("not handed over");
      if (r.handoff!.id === handoffId) fail("the old handoff again");
      handoffId = r.handoff!.id;
    }
    if (turn.handoff === "withdrawn") {
      if (r.handoff) fail("still handed over");
      if (!handoffId) fail("no handoff to withdraw");
      const status = await handoffStatus(t, handoffId!);
      if (status !== "withdrawn") fail(`the agents' queue shows the handoff ${status}`);
      handoffId = null;
    }
    if (turn.handoff === "same") {
      if (!r.handoff) fail("the handoff is gone");
      if (r.handoff!.id !== handoffId) fail(`a second handoff ${r.handoff!.id}`);
    }
    if (turn.handoff_reason !== undefined) {
      const reason = r.handoff?.reason ?? "";
      if (!new RegExp(turn.handoff_reason, "i").test(reason)) {
        fail(`the handoff's reason ${JSON.stringify(reason)} misses /${turn.handoff_reason}/`);
      }
    }
  }
  const ledger = await t.ledger();
  const key = (e: { action: string; target: string }) => `${e.action} ${e.target}`;
  const expected = new Set(conv.changes.map(key));
  const problems: string[] = [];
  for (const c of conv.changes) {
    const n = ledger.filter((e: LedgerEntry) => key(e) === key(c)).length;
    if (n !== (c.times ?? 1)) problems.push(`${key(c)} is in the ledger ${n} times`);
  }
  for (const e of ledger) {
    if (!expected.has(key(e))) problems.push(`unexpected ${key(e)}`);
  }
  if (problems.length) throw new Error(`the ledger: ${problems.join("; ")}`);
}
