/**
 * Who talks to the system under load and what they say: sessions for the demo cast,
 * generated customers of the demo store and guests, and a mix of customer messages
 * (the labelled NLU test set, weighted towards what shoppers ask most, with order
 * numbers swapped for the shopper's own).
 */
import { mulberry32 } from "../shared/random.ts";

/** A shopper: a cast member, a generated customer, or a guest. */
export interface Persona {
  kind: "cast" | "customer" | "guest";
  email: string;
  /** The store's customer id (null for guests). */
  customerId: string | null;
  /** The shopper's own order ids (none for guests). */
  orders: string[];
}

/** A signed-in shopper's session. */
export interface BenchSession {
  persona: Persona;
  sessionId: string;
  token: string;
  /** The HTTP client of this shopper: its own loopback source address. */
  client: Deno.HttpClient | undefined;
}

/** Loopback source addresses the shoppers are spread over (127.0.0.2 …). */
export const CLIENT_ADDRESSES = 200;

const clients = new Map<number, Deno.HttpClient>();

/** The HTTP client bound to source address number `i` (null: the default client). */
export function clientFor(i: number, spread: boolean): Deno.HttpClient | undefined {
  if (!spread) return undefined;
  const n = i % CLIENT_ADDRESSES;
  let c = clients.get(n);
  if (!c) {
    c = Deno.createHttpClient({ localAddress: `127.0.0.${n + 2}` });
    clients.set(n, c);
  }
  return c;
}

/** How a realistic day's turns spread over intents (weights, not percentages). */
export const INTENT_WEIGHTS: Record<string, number> = {
  order_status: 25,
  delivery_problem: 8,
  small_talk: 8,
  refund_request: 6,
  return_item: 5,
  cancel_order: 5,
  refund_status: 5,
  shipping_options: 4,
  product_question: 4,
  policy_question: 4,
  payment_issue: 3,
  invoice_request: 3,
  account_access: 3,
  complaint: 3,
  affirm: 3,
  payment_methods: 2,
  account_update: 2,
  modify_order: 2,
  change_address: 2,
  human_agent: 2,
  feedback: 2,
  other: 2,
  place_order: 1,
  deny: 1,
};

const ORDER_INTENTS = new Set([
  "order_status",
  "delivery_problem",
  "refund_request",
  "return_item",
  "cancel_order",
  "refund_status",
  "invoice_request",
  "modify_order",
  "change_address",
]);

const CAST = ["CUST-0001", "CUST-0002", "CUST-0003"];
/** Customers in the demo store (cast included). */
const STORE_CUSTOMERS = 240;

/** Labelled texts of the NLU test set, by intent. */
export async function loadTexts(): Promise<Map<string, string[]>> {
  const raw = await Deno.readTextFile(new URL("../tests/data/nlu_test.jsonl", import.meta.url));
  const byIntent = new Map<string, string[]>();
  for (const line of raw.split("\n")) {
    if (!line.trim()) continue;
    const { text, intent } = JSON.parse(line) as { text: string; intent?: string };
    const key = intent ?? "other";
    byIntent.set(key, [...byIntent.get(key) ?? [], text]);
  }
  return byIntent;
}

/** Picks customer messages: an intent by weight, a text of it, the shopper's own order. */
export class MessageMix {
  #texts: Map<string, string[]>;
  #intents: string[];
  #cumulative: number[];
  #rand: () => number;

  constructor(texts: Map<string, string[]>, seed = 42) {
    this.#texts = texts;
    this.#intents = Object.keys(INTENT_WEIGHTS).filter((i) => texts.has(i));
    let sum = 0;
    this.#cumulative = this.#intents.map((i) => (sum += INTENT_WEIGHTS[i]));
    this.#rand = mulberry32(seed);
  }

  /** The next message a shopper sends. */
  next(persona: Persona): { intent: string; text: string } {
    const total = this.#cumulative.at(-1)!;
    const r = this.#rand() * total;
    const idx = this.#cumulative.findIndex((c) => r < c);
    const intent = this.#intents[idx];
    const list = this.#texts.get(intent)!;
    let text = list[Math.floor(this.#rand() * list.length)];
    if (persona.orders.length > 0) {
      const own = () => persona.orders[Math.floor(this.#rand() * persona.orders.length)];
      if (/ORD-\d+/.test(text)) text = text.replace(/ORD-\d+/g, own);
      else if (ORDER_INTENTS.has(intent) && this.#rand() < 0.4) text = `${text} (order ${own()})`;
    }
    return { intent, text };
  }
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`Cannot read ${url}: ${res.status} ${await res.text()}`);
  return await res.json() as T;
}

async function customerPersona(storeUrl: string, id: string, kind: Persona["kind"]) {
  const c = await getJson<{ email: string }>(`${storeUrl}/customers/${id}`);
  const orders = await getJson<{ id: string }[]>(`${storeUrl}/customers/${id}/orders?limit=10`);
  return {
    kind,
    email: c.email,
    customerId: id,
    orders: orders.map((o) => o.id),
  } satisfies Persona;
}

/** Runs `fn` over `items` with at most `limit` at once. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * `count` shoppers: a tenth the demo cast, seven tenths generated customers (each once
 * while they last), a fifth guests.
 */
export async function personas(storeUrl: string, count: number, seed = 7): Promise<Persona[]> {
  const rand = mulberry32(seed);
  const cast = await Promise.all(CAST.map((id) => customerPersona(storeUrl, id, "cast")));
  const generatedIds = Array.from(
    { length: STORE_CUSTOMERS - CAST.length },
    (_, i) => `CUST-${String(i + CAST.length + 1).padStart(4, "0")}`,
  );
  const nCustomers = Math.round(count * 0.7);
  const wanted = [...new Set(Array.from({ length: nCustomers }, (_, i) => generatedIds[i % 237]))];
  const generated = await pool(wanted, 16, (id) => customerPersona(storeUrl, id, "customer"));
  const out: Persona[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.1) out.push(cast[i % cast.length]);
    else if (r < 0.8) out.push(generated[i % generated.length]);
    else out.push({ kind: "guest", email: `guest${i}@example.net`, customerId: null, orders: [] });
  }
  return out;
}

/**
 * Starts a gateway session for each persona; with `spread` each shopper gets its own
 * loopback source address (one of CLIENT_ADDRESSES), as shoppers have their own.
 */
export function openSessions(
  url: string,
  people: Persona[],
  spread = true,
): Promise<BenchSession[]> {
  return pool(people, 16, async (persona, i) => {
    const client = clientFor(i, spread);
    const res = await fetch(`${url}/api/sessions`, {
      client,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: persona.email }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await res.json();
    if (res.status !== 201) {
      throw new Error(`Cannot start a session: ${res.status} ${JSON.stringify(body)}`);
    }
    return { persona, sessionId: body.session_id, token: body.token, client };
  });
}
