/**
 * Shoppers for load and fault tests: the demo cast, generated customers read from the
 * demo store (each with orders that can be looked up, cancelled, returned or refunded)
 * and guests, and a seeded script of turns for each.
 */
import { mulberry32 } from "../../shared/random.ts";

/** A seeded random source (mulberry32): the same seed gives the same traffic. */
export const seeded: (seed: number) => () => number = mulberry32;

/** Picks one element with `rng`. */
export function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** Who a shopper is and which orders their turns are about. */
export interface Persona {
  email: string;
  kind: "cast" | "customer" | "guest";
  /** Orders to ask about (any status). */
  lookup: string[];
  /** An order that can be cancelled, returned, refunded (distinct), if any. */
  cancel: string | null;
  ret: string | null;
  refund: string | null;
  /** Orders of somebody else, named by guests and in probing turns. */
  foreign: string[];
}

/** One kind of turn, for the mix and the figures. */
export type TurnKind =
  | "lookup"
  | "cancel"
  | "return"
  | "refund"
  | "confirm"
  | "small_talk"
  | "complaint"
  | "policy"
  | "guest_action";

/** One scripted turn. */
export interface ScriptTurn {
  kind: TurnKind;
  text: string;
}

/** Changes a persona asks for (action name in the store's ledger → its order). */
export function intendedChanges(p: Persona): { action: string; target: string }[] {
  const out: { action: string; target: string }[] = [];
  if (p.cancel) out.push({ action: "cancel_order", target: p.cancel });
  if (p.ret) out.push({ action: "return_item", target: p.ret });
  if (p.refund) out.push({ action: "refund", target: p.refund });
  return out;
}

/** The demo cast, as the README describes them. */
export const CAST: Persona[] = [
  {
    email: "sarah.chen@example.com",
    kind: "cast",
    lookup: ["ORD-1001"],
    cancel: "ORD-1003",
    ret: "ORD-1002",
    refund: null,
    foreign: ["ORD-2001"],
  },
  {
    email: "mike.johnson@example.com",
    kind: "cast",
    lookup: ["ORD-2001", "ORD-2002"],
    cancel: null,
    ret: null,
    refund: null,
    foreign: ["ORD-1003"],
  },
  {
    email: "emma.wilson@example.com",
    kind: "cast",
    lookup: ["ORD-3001", "ORD-3002"],
    cancel: null,
    ret: null,
    refund: null,
    foreign: ["ORD-1001"],
  },
];

interface StoreOrder {
  id: string;
  status: string;
  policy?: { can_cancel?: boolean; can_return?: boolean; can_refund?: boolean };
}

/**
 * Reads `count` generated customers from the demo store (from CUST-0004 on) that have
 * at least one order to act on, and gives guests orders of customers left out.
 */
export async function loadPersonas(
  storeUrl: string,
  opts: { customers: number; guests: number; cast?: boolean; from?: number },
): Promise<Persona[]> {
  const out: Persona[] = opts.cast === false ? [] : CAST.map((p) => ({ ...p }));
  const spare: string[] = [];
  let i = opts.from ?? 4;
  let found = 0;
  while (found < opts.customers && i < 1000) {
    const id = `CUST-${String(i++).padStart(4, "0")}`;
    const res = await fetch(`${storeUrl}/customers/${id}`);
    if (!res.ok) {
      await res.body?.cancel();
      if (res.status === 404) break;
      continue;
    }
    const customer: { email: string } = await res.json();
    const body = await fetch(`${storeUrl}/customers/${id}/orders`).then((r) => r.json());
    const orders: StoreOrder[] = Array.isArray(body) ? body : body.orders ?? [];
    const used = new Set<string>();
    const take = (ok: (o: StoreOrder) => boolean) => {
      const o = orders.find((x) => !used.has(x.id) && ok(x));
      if (o) used.add(o.id);
      return o?.id ?? null;
    };
    const cancel = take((o) => o.policy?.can_cancel === true);
    const ret = take((o) => o.policy?.can_return === true);
    const refund = take((o) => o.policy?.can_refund === true);
    const lookup = orders.filter((o) => !used.has(o.id)).slice(0, 2).map((o) => o.id);
    if (!cancel && !ret && !refund) {
      spare.push(...orders.map((o) => o.id));
      continue;
    }
    found++;
    out.push({ email: customer.email, kind: "customer", lookup, cancel, ret, refund, foreign: [] });
  }
  // Everybody probes an order that is not theirs; guests name orders of nobody here.
  const all = out.flatMap((p) => [...p.lookup, p.cancel, p.ret, p.refund].filter(Boolean));
  out.forEach((p, n) => {
    if (p.foreign.length === 0) p.foreign = [all[(n * 7 + 3) % all.length] as string];
  });
  for (let g = 0; g < opts.guests; g++) {
    out.push({
      email: `guest.${g}.${Date.now().toString(36)}@example.org`,
      kind: "guest",
      lookup: [],
      cancel: null,
      ret: null,
      refund: null,
      foreign: spare.length ? [spare[g % spare.length]] : ["ORD-2002"],
    });
  }
  return out;
}

const GREETINGS = ["Hi there!", "Hello", "Good morning :)", "hey"];
const CLOSINGS = ["Thanks, that's all!", "thank you, bye", "Great, cheers"];
const POLICY = [
  "What is your return policy?",
  "How long do refunds take?",
  "What shipping options do you have?",
  "Which payment methods do you accept?",
];
const YES = ["yes", "yes please", "Yes, go ahead", "ok do it"];

/** The turns one shopper sends, in order: a seeded mix around their orders. */
export function scriptFor(p: Persona, rng: () => number): ScriptTurn[] {
  const t: ScriptTurn[] = [];
  if (rng() < 0.6) t.push({ kind: "small_talk", text: pick(rng, GREETINGS) });
  if (p.kind === "guest") {
    t.push({ kind: "policy", text: pick(rng, POLICY) });
    t.push({ kind: "lookup", text: `Where is my order ${p.foreign[0]}?` });
    t.push({ kind: "guest_action", text: `Please cancel order ${p.foreign[0]}` });
    t.push({ kind: "confirm", text: pick(rng, YES) });
    return t;
  }
  for (const id of p.lookup.slice(0, 1)) {
    t.push({ kind: "lookup", text: `Where is my order ${id}?` });
  }
  const changes: ScriptTurn[][] = [];
  if (p.cancel) changes.push([{ kind: "cancel", text: `Please cancel my order ${p.cancel}` }]);
  if (p.ret) {
    changes.push([{ kind: "return", text: `I'd like to return order ${p.ret}, it doesn't fit` }]);
  }
  if (p.refund) {
    changes.push([{ kind: "refund", text: `Can I get a refund for order ${p.refund}?` }]);
  }
  for (const c of changes) t.push(...c, { kind: "confirm", text: pick(rng, YES) });
  if (rng() < 0.25 && p.lookup[0]) {
    t.push({
      kind: "complaint",
      text: `This is ridiculous!!! ${p.lookup[0]} is taking forever, I'm really unhappy`,
    });
  }
  if (rng() < 0.4) t.push({ kind: "policy", text: pick(rng, POLICY) });
  if (rng() < 0.3) t.push({ kind: "lookup", text: `What's the status of ${p.foreign[0]}?` });
  t.push({ kind: "small_talk", text: pick(rng, CLOSINGS) });
  return t;
}

/** Turns that change nothing, for shoppers who keep talking while a fault plays out. */
export function idleTurn(p: Persona, rng: () => number): ScriptTurn {
  const r = rng();
  if (r < 0.4 && p.lookup[0]) {
    return { kind: "lookup", text: `Any news on ${pick(rng, p.lookup)}?` };
  }
  if (r < 0.7) return { kind: "policy", text: pick(rng, POLICY) };
  return { kind: "small_talk", text: pick(rng, [...GREETINGS, ...CLOSINGS]) };
}
