/**
 * The catalogue products a message asks about ("is the espresso machine in stock?"), looked
 * up in the store this turn — stock and price change, so they are never cached — behind
 * the products breaker and the store call's deadline. A failed call is an `unavailable`
 * lookup with a note: the reply falls back on the FAQ, the turn goes on.
 */
import type { StoreClient } from "../../shared/store_client.ts";
import type { Product } from "../../shared/store_api.ts";
import type { CatalogueLookup, Message, ProductView } from "../../shared/protocol.ts";
import {
  asksAboutProduct,
  priceChoice,
  PRODUCT_INTENTS,
  productAspects,
} from "../../domain/product_questions.ts";
import { call, type CallEnv } from "./calls.ts";
import { withoutQuoted } from "../../domain/email_quote.ts";
import { productWanted } from "../../domain/exchange_asked.ts";
import { accessoryAsked, isTheThing } from "./accessory_asked.ts";

/** The store methods the product lookup uses. */
export type ProductStore = Pick<StoreClient, "searchProducts" | "getProduct">;

/** What the lookup needs: the call's guards, and a store that also answers for products. */
export type ProductEnv = CallEnv & { store: ProductStore };

/** Below this confidence the classifier's reading gives way to the conversation's. */
const UNSURE_BELOW = 0.7;

/** At most this many products are named in a reply that asks which one. */
export const MAX_PRODUCTS = 3;

/** What a message asks the catalogue for: skus the intent actor matched, else the words. */
export interface ProductQuery {
  skus: string[];
  /** Naming words ("espresso machine") to search for when no sku was matched. */
  words: string | null;
  /** "The cheapest one": of those found, the one with that price. */
  choose?: "cheapest" | "dearest" | null;
  /** "Descaler for the espresso machine": only products that are that thing answer. */
  accessory?: boolean;
}

/**
 * The catalogue question of `msg`, or null when it asks about no product: a product
 * intent (or a stock, price, warranty or rating question) naming a product, or the answer to
 * our question about one ("the studio ones" after "which of these do you mean?").
 */
export function productQueryOf(msg: Message): ProductQuery | null {
  const reading = msg.payload.intent;
  if (!reading) return null;
  // The products an email quotes of our earlier reply are not asked about.
  const text = withoutQuoted(msg.payload.customer_message.text);
  const intents = reading.requests?.map((r) => r.intent) ?? [reading.intent];
  // After a product answer, a message under a product intent may name the one they meant
  // ("the noise cancelling ones"); thanks and goodbyes name nothing.
  const afterProducts = msg.session.dialogue?.topic === "product_question" &&
    intents.some((i) => PRODUCT_INTENTS.has(i) && i !== "small_talk");
  const e = reading.entities;
  // "How much is it?" after a product: the products the conversation looked up last, under
  // a product reading or one the classifier is unsure of.
  const before = msg.session.dialogue?.products ?? [];
  const carried = msg.session.dialogue?.topic === "product_question" && before.length > 0 &&
    (afterProducts || reading.confidence < UNSURE_BELOW || asksAboutProduct(intents, text)) &&
    e.products.length === 0 && (e.item_refs ?? []).length === 0 && e.order_ids.length === 0 &&
    points(text) && (productAspects(text).length > 0 || intents.includes("place_order"));
  if (carried) return { skus: before.slice(0, MAX_PRODUCTS), words: null };
  // "Exchange the headphones for the studio ones": the one wanted, so the reply can name it.
  const wanted = productWanted(text);
  if (wanted && !afterProducts && !asksAboutProduct(intents, text)) {
    return { skus: [], words: wanted };
  }
  if (!afterProducts && !asksAboutProduct(intents, text)) return null;
  // "Can i get a discount for all the trouble? my vacuum got lost and the mixer was broken":
  // their own goods' trouble told, no product of the catalogue asked about.
  if (TROUBLE.test(text) && !BUYING.test(text)) return null;
  // "My frother is broken, is the espresso machine in stock?": of several requests, the goods
  // the product question's own words name — the frother is the other part's trouble.
  // "Do you sell descaler for the espresso machine?": the descaler is asked, not the machine.
  const thing = accessoryAsked(text, e.products);
  if (thing) return { skus: [], words: thing, accessory: true };
  const askedParts = productParts(reading.requests ?? []);
  // "Is the keyboard insured? also is it in stock?": a part that points at goods named in
  // another part asks of those.
  const pointing = askedParts.some((t) =>
    points(t) && !e.products.some((p) => t.includes(p.name.toLowerCase()))
  );
  const inAsked = (words: string) =>
    askedParts.length === 0 || pointing ||
    askedParts.some((t) => t.includes(words.toLowerCase()));
  const refs = (e.item_refs ?? []).filter((i) => inAsked(i.text));
  const products = e.products.filter((p) => inAsked(p.name) || refs.some((r) => r.sku === p.sku));
  const skus = [
    ...new Set([
      ...(refs.length > 0 || products.length > 0 ? products : e.products).map((p) => p.sku),
      ...(refs.length > 0 ? refs : e.item_refs ?? []).flatMap((i) => i.sku ?? []),
    ]),
  ];
  if (skus.length > 0) {
    return { skus: skus.slice(0, MAX_PRODUCTS + 1), words: null, choose: priceChoice(text) };
  }
  // Without a match (the intent actor has no catalogue when the store was down at its
  // start), the store is asked for the things named: "the espresso machine".
  const named = (e.item_refs ?? []).map((i) => i.name.trim()).filter((n) => n.length >= 3);
  if (named.length > 0) return { skus: [], words: named[0] };
  // "headphones in stock?": a word several products share names no single one; the store's
  // search lists those that fit, and the reply asks which.
  // Only for a product question: under a policy one, "warranty policy" names no product.
  if (!intents.includes("product_question")) return null;
  const words = contentWords(text);
  // "Do u sell headphones": whether the store has them is asked as much as their stock.
  const asked = productAspects(text).length > 0 || SELLS.test(text);
  return words.length > 0 && words.length <= 3 && asked
    ? { skus: [], words: words.join(" ") }
    : null;
}

/** The words of a message's product questions, when it makes other requests beside them. */
function productParts(requests: readonly { intent: string; text: string }[]): string[] {
  if (requests.length < 2) return [];
  const mine = requests.filter((r) => r.intent === "product_question");
  return mine.length === requests.length ? [] : mine.map((r) => r.text.toLowerCase());
}

/** Goods of theirs that went wrong: broken, lost, never came, faulty. */
const TROUBLE =
  /\b(?:broken|broke|damaged|cracked|smashed|faulty|defective|got lost|was lost|(?:is|was|got) missing|never (?:came|arrived|turned up)|(?:didn'?t|did not) (?:come|arrive)|stopped working|doesn'?t work)\b/i;
/** Asked as a purchase: "in stock", "buy", "sell", "order another". */
const BUYING =
  /\b(?:in stock|buy|purchase|sell|order (?:a|an|another|one|two)|how much (?:is|are|does|do) (?:a|an|the)\b)/i;

/** "Do you sell …", "do u guys carry …", "does the store have …". */
const SELLS =
  /\b(?:do|does|d'?you) (?:you|u|ya|y'?all|the (?:shop|store))(?: guys| all)? (?:sell|carry|stock|have|do|offer)\b/i;

/** A pronoun for the product talked of, or a question about it that names nothing. */
function points(text: string): boolean {
  return /\b(?:it|its|it's|they|them|they're|that one|this one|those|these)\b/i.test(text) ||
    contentWords(text).length === 0;
}

/** Words that say what is asked, not what it is about. */
const ASKING_WORDS = new Set(
  ("a an the any some this that these those it its it's is are was were be do does did you your we " +
    "our i i'm me my can could would will have has got get in on of for to at with and or still " +
    "currently now yet again back stock instock available availability sold out left restock " +
    "restocked price prices priced cost costs how much what whats what's which when where there " +
    "warranty guarantee rating rated reviews review good hi hello hey please pls thanks ok okay sell " +
    "carry buy order policy guys y'all offer lol haha lmao btw")
    .split(" "),
);

/** The words of `text` that may name a product: not the question's own. */
function contentWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^a-z0-9'-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w.length >= 3 && !ASKING_WORDS.has(w));
}

/** What the lookup found, and notes on what failed. */
export interface ProductsLooked {
  catalogue: CatalogueLookup;
  notes: string[];
}

/** Looks the products of `q` up in the store. */
export async function lookupProducts(env: ProductEnv, q: ProductQuery): Promise<ProductsLooked> {
  const query = q.words ?? q.skus.join(" ");
  let found: Product[] = [];
  const notes: string[] = [];
  if (q.skus.length > 0) {
    const got = await Promise.all(
      q.skus.map((sku) =>
        call(env, "products", (signal) => env.store.getProduct(sku, { signal }), "product")
      ),
    );
    for (const g of got) {
      if (g.ok) {
        if (g.value) found.push(g.value);
      } else notes.push(g.note);
    }
    // Not one answered: what the reply would say is unknown, not "none fits".
    if (notes.length === got.length) return unavailable(query, notes[0]);
  } else {
    const got = await call(
      env,
      "products",
      (signal) => env.store.searchProducts(q.words!, { signal, limit: MAX_PRODUCTS + 1 }),
      "product search",
    );
    if (!got.ok) return unavailable(query, got.note);
    found = q.accessory ? got.value.filter((p) => isTheThing(q.words!, p.name)) : got.value;
  }
  if (q.choose && found.length > 1) {
    const sign = q.choose === "cheapest" ? 1 : -1;
    found = [[...found].sort((a, b) => sign * (a.price - b.price))[0]];
  }
  const products = found.slice(0, MAX_PRODUCTS).map(toProductView);
  const lookup = products.length === 0 ? "none" : products.length === 1 ? "found" : "several";
  return { catalogue: { lookup, query, products }, notes };
}

function unavailable(query: string, note: string): ProductsLooked {
  return {
    catalogue: { lookup: "unavailable", query, products: [] },
    notes: [note],
  };
}

/** A product as the context carries it: what a reply may say, no description or supplier data. */
export function toProductView(p: Product): ProductView {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category,
    price: p.price,
    currency: p.currency,
    stock: p.stock,
    in_stock: p.in_stock && p.stock > 0,
    rating: p.rating,
    warranty_months: p.warranty_months,
  };
}

/** The lookup in the context's one-line summary, for the reply and a human taking over. */
export function catalogueSummary(c: CatalogueLookup): string {
  if (c.lookup === "unavailable") return `asked about products (${c.query}): store unavailable`;
  if (c.lookup === "none") return `asked about products (${c.query}): none in the catalogue`;
  const each = c.products.map((p) =>
    `${p.name} ${p.in_stock ? `in stock (${p.stock})` : "sold out"}, ${
      p.price.toFixed(2)
    } ${p.currency}`
  );
  return `asked about ${each.join("; ")}`;
}
