/**
 * The context actor: who is asking (profile, tier, recent orders, support history, risk)
 * and the order in question with its tracking. Store calls run in parallel behind the
 * breakers; a failing service gives partial context with a note, not a failed turn.
 */
import type { ActorContext, ActorDef, StepResult } from "../shared/actor.ts";
import type { BreakerRegistry } from "../shared/circuit_breaker.ts";
import { RetryableError } from "../shared/errors.ts";
import type { ContextEnrichment, Message, OrderView } from "../shared/protocol.ts";
import type { CallEnv, ContextStore } from "./context/calls.ts";
import { type ContextCache, loadCustomerPart, type LoadedPart } from "./context/customer_part.ts";
import {
  lookupOrder,
  type OrderLookup,
  pickCandidate,
  referencesOf,
} from "./context/order_lookup.ts";
import { assessRisk } from "./context/risk.ts";
import { otherParcels } from "./context/other_parcels.ts";
import { summarize } from "./context/summary.ts";
import { ownItemAsked } from "../domain/own_item_asked.ts";
import {
  catalogueSummary,
  lookupProducts,
  type ProductEnv,
  productQueryOf,
  type ProductsLooked,
  type ProductStore,
} from "./context/product_lookup.ts";

export type { ContextCache, ContextStore };
export { contextCacheKey } from "../shared/store/context_keys.ts";

/** What the context actor needs. */
export interface ContextDeps {
  /** The store's API: the read methods the context uses, its catalogue's included. */
  store: ContextStore & ProductStore;
  /** Where the customer part is cached (`ctx:<customer_id>`). */
  cache: ContextCache;
  /** One breaker per store service. */
  breakers: BreakerRegistry;
  /** Lifetime of a cached customer part in ms. */
  ttlMs: number;
  /** Deadline of each store call in ms. */
  timeoutMs: number;
}

/** Looks the customer and the order in question up and adds them as `context`. */
export const contextActor: ActorDef<"context", ContextDeps> = {
  name: "context",
  key: "context",
  process: buildContext,
};

async function buildContext(
  msg: Message,
  deps: ContextDeps,
  ctx: ActorContext,
): Promise<StepResult<"context">> {
  const customerId = msg.session.customer_id;
  const candidate = pickCandidate(msg);
  const env: CallEnv & ProductEnv = {
    store: deps.store,
    breakers: deps.breakers,
    signal: ctx.signal,
    timeoutMs: deps.timeoutMs,
  };
  // A product asked about is looked up for guests too, beside the customer's own lookups.
  const productQuery = productQueryOf(msg);
  const productsP = productQuery ? lookupProducts(env, productQuery) : null;
  // Awaited below; a turn that fails first must not leave its rejection unhandled.
  productsP?.catch(() => {});
  if (!customerId) {
    const guest = guestContext(
      candidate?.kind === "order" ? candidate.id : candidate?.number ?? null,
    );
    return { enrichment: withCatalogue(guest, productsP ? await productsP : null) };
  }

  const onError = (err: unknown) =>
    ctx.log.warn("Context cache unavailable", { error: String(err) });
  const partP = loadCustomerPart(env, customerId, {
    store: deps.cache,
    ttlMs: deps.ttlMs,
    onError,
  });
  const orders = async (): Promise<OrderView[]> => (await partP).part?.orders ?? [];
  // The order named in the message does not wait for the customer part.
  const [loaded, found] = await Promise.all([
    partP,
    lookupOrder(env, {
      customerId,
      candidate,
      intent: msg.payload.intent?.intent,
      also: msg.payload.intent?.requests?.map((r) => r.intent),
      orders,
      refs: referencesOf(msg),
    }),
  ]);

  if (loaded.customerError !== null && loaded.customerError !== undefined) {
    throw new RetryableError(
      `Cannot build context for customer ${customerId}: ${loaded.notes[0] ?? "lookup failed"}`,
      { cause: loaded.customerError },
    );
  }
  const products = productsP ? await productsP : null;
  if (loaded.unknown) {
    const guest = guestContext(found.asked);
    const notes = [...loaded.notes, ...guest.notes];
    return { enrichment: withCatalogue({ ...guest, notes }, products) };
  }
  const assembled = assemble(loaded, found, ctx.now());
  const others = await otherParcels(env, {
    msg,
    customerId,
    orders: assembled.orders,
    order: assembled.order,
  });
  const withOthers = others.tracking.length === 0 && others.notes.length === 0 ? assembled : {
    ...assembled,
    other_tracking: others.tracking,
    notes: [...assembled.notes, ...others.notes],
  };
  // "The vacuum I ordered – is it in stock?": the product of their own order, not all that fit.
  const own = products ? ownItemAsked(msg.payload.customer_message.text, assembled.orders) : null;
  const mine = own && !onlyProduct(products, own.sku)
    ? await lookupProducts(env, { skus: [own.sku], words: null })
    : null;
  return {
    enrichment: withCatalogue(withOthers, mine?.catalogue.lookup === "found" ? mine : products),
  };
}

/** Whether the lookup found that one product and no other. */
function onlyProduct(products: ProductsLooked | null, sku: string): boolean {
  const found = products?.catalogue.products ?? [];
  return found.length === 1 && found[0].sku === sku;
}

/** The context with the catalogue products the message asks about, and the notes of that lookup. */
function withCatalogue(
  c: ContextEnrichment,
  products: ProductsLooked | null,
): ContextEnrichment {
  if (!products) return c;
  return {
    ...c,
    catalogue: products.catalogue,
    notes: [...c.notes, ...products.notes],
    summary: `${c.summary}; ${catalogueSummary(products.catalogue)}`,
  };
}

function assemble(loaded: LoadedPart, found: OrderLookup, now: Date): ContextEnrichment {
  const part = loaded.part!;
  const notes = [...loaded.notes, ...found.notes];
  const base = {
    guest: false,
    customer: part.customer,
    orders: part.orders,
    order: found.order,
    order_lookup: found.lookup,
    candidates: found.candidates,
    focus: found.order && found.why ? { order_id: found.order.id, why: found.why } : null,
    tracking: found.tracking,
    history: part.history,
    risk: assessRisk(part.stats, part.history, now),
    notes,
    cached: loaded.cached,
  };
  return { ...base, summary: summarize(base, found.asked) };
}

/** A guest's context: nothing of any order, even one they name. */
function guestContext(asked: string | null): ContextEnrichment {
  const notes = asked
    ? [`${asked} not looked up: guests cannot see orders until they sign in`]
    : [];
  const base = {
    guest: true,
    customer: null,
    orders: [],
    order: null,
    order_lookup: "none" as const,
    candidates: [],
    focus: null,
    tracking: null,
    history: [],
    risk: { level: "low" as const, reasons: [] },
    notes,
    cached: false,
  };
  return { ...base, summary: summarize(base, asked) };
}
