/**
 * How customers point at an order without quoting its id exactly: by its number in any
 * form ("#1001", "ord1001", "order no. 1001", a bare "1001"), by what is in it ("the
 * keyboard", "my espresso machine") or by its state or age ("the one that shipped", "the
 * one that hasn't shipped yet", "my latest order"). Pure: which order a reference means is
 * for the context actor, which knows the customer's orders.
 */
import type { ItemReference, OrderReference, StateReference } from "../../shared/protocol.ts";
import type { ProductIndex } from "./products.ts";

/** A reference with where it stands in the text. */
export interface Spanned<T> {
  ref: T;
  start: number;
  end: number;
}

/** The explicit forms of an order number, most telling first. */
const EXPLICIT: readonly [OrderReference["form"], RegExp][] = [
  ["id", /\bORD-(\d{3,})\b/gi],
  ["prefixed", /\bORD ?(\d{3,})\b/gi],
  [
    "labelled",
    /\border(?:\s+(?:number|no\.?|nr\.?|id|num|ref(?:erence)?))?\s*[:#]?\s*#?\s*(\d{3,}|\d,\d{3})\b/gi,
  ],
  [
    "labelled",
    /\b(?:reference|ref\.?|consignment|purchase)\s*(?:number|no\.?)?\s*[:#]?\s*#?\s*(\d{3,})\b/gi,
  ],
  // "Order 1,002", "#1,002": the number written with a thousands comma.
  ["hash", /(?<![\w&])#\s?(\d{3,}|\d,\d{3})\b/g],
];

/** Order numbers in their explicit forms. */
export function explicitOrderRefs(text: string): Spanned<OrderReference>[] {
  const out: Spanned<OrderReference>[] = [];
  for (const [form, re] of EXPLICIT) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      if (out.some((o) => start < o.end && start + m[0].length > o.start)) continue;
      out.push({
        ref: { text: m[0], id: `ORD-${m[1].replace(",", "")}`, form },
        start,
        end: start + m[0].length,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A number of three to seven digits standing alone. */
const BARE = /(?<![\w.,:/$£€#+-])(\d{3,7})(?![\w%]|[.,:/-]\d)/g;
/** Words before a number that make it something else than an order. */
const NOT_ORDER_BEFORE =
  /\b(?:tracking|phone|tel|mobile|call|zip|postcode|post code|postal code|apt|apartment|flat|suite|room|house|unit|street|pin|code|account|card|iban|model|sku|size|page|ext|extension|year|since|in|from|to|until|till|by|before|after|around|over|under|than|only|just|spent|paid|pay|cost|costs|price|priced|x|times|route|bus|flight|gate|seat|platform)\s*(?:number|no\.?|nr\.?)?\s*(?:is|was|=)?\s*[:#]?\s*$/i;
/**
 * "The item in 3002", "what's in 1003", "add another bottle to 1003": what an order holds,
 * the number its id.
 */
const CONTENTS_OF =
  /\b(?:item|items|thing|things|stuff|product|products|goods|everything|something|whats|what's|what is|what was)\s+in\s*$|\bwhat did i (?:order|get|buy)\s+in\s*$|\b(?:add|added|adding|put)\b[^.?!]{0,40}?\b(?:to|into|in)\s*$/i;
/** Words after a number that make it an amount, a measure or a time. */
const NOT_ORDER_AFTER =
  /^\s*(?:%|percent|kg|g|grams?|mm|cm|m|km|gb|tb|mb|ml|l|litres?|liters?|w|watts?|v|mah|hz|dollars?|usd|eur|euros?|pounds?|gbp|quid|bucks|items?|pcs|pieces?|units?|times|x|am|pm|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|calories|kcal|miles?|pixels?|px|megapixels?|mp|lumens?|lm|bpm|cc|sq ?ft|ft|feet|inch(?:es)?|rpm|dpi|people|customers|orders|reviews|stars|points|words|characters)\b/i;

/** A street after a number: "1203 Elm Street" is a house number. */
const STREET_AFTER =
  /^\s+(?:[A-Za-z][a-z'-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|terrace|crescent|highway|hwy)\b/i;

/**
 * Numbers alone that may be an order's ("is 1001 on its way"): not an amount, a measure, a
 * year after "in", a phone or house number, nor inside a span already taken.
 */
export function bareOrderRefs(
  text: string,
  taken: readonly [number, number][],
): Spanned<OrderReference>[] {
  const out: Spanned<OrderReference>[] = [];
  for (const m of text.matchAll(BARE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const contents = CONTENTS_OF.test(text.slice(Math.max(0, start - 64), start));
    if (NOT_ORDER_BEFORE.test(before) && !contents) continue;
    if (NOT_ORDER_AFTER.test(text.slice(end, end + 16))) continue;
    if (STREET_AFTER.test(text.slice(end, end + 48))) continue;
    // Part of a longer run of digit groups: a phone number or an account number.
    if (/\d[\s-]$/.test(text.slice(0, start)) || /^[\s-]\d/.test(text.slice(end))) continue;
    out.push({ ref: { text: m[0], id: `ORD-${m[1]}`, form: "bare" }, start, end });
  }
  return out;
}

/** Status words and the state they name. */
const STATUS_WORDS: readonly [StateReference["status"], string][] = [
  ["shipped", "shipped|sent|dispatched|despatched|posted|mailed|sent out|gone out|left"],
  [
    "delivered",
    "delivered|arrived|came|received|got here|(?:i|we) (?:got|received|recieved)(?! (?:charged|billed))",
  ],
  ["processing", "processing|being processed|being prepared|being packed|packed|in progress"],
  ["pending", "pending|awaiting payment|unpaid|not paid|waiting for payment"],
  ["cancelled", "cancell?ed"],
  ["returned", "returned|sent back"],
  ["refunded", "refunded"],
];
const NOUN =
  "(?:one|ones|order|parcel|package|shipment|delivery|purchase|box|thing|things|item|items|stuff)";
const NEGATION =
  "(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|wasn'?t|was not|hadn'?t|not|never|yet to be)";
const AUX = "(?:'s|is|was|has|have|had|got|has been|have been|is being|was being|is now|has now)";

/** One pattern per status: "the one that (has|hasn't) (been) shipped (yet)", "the shipped one". */
const STATE_PATTERNS: readonly [StateReference["status"], RegExp][] = STATUS_WORDS.flatMap((
  [status, words],
) =>
  [
    [
      status,
      new RegExp(
        `\\b(?:the|my|that|this)\\s+(?:other\\s+)?${NOUN}\\s+(?:(?:that|which|who)\\s*)?(?:${NEGATION}\\s+)?(?:${AUX}\\s+)?(?:${NEGATION}\\s+)?(?:already\\s+|just\\s+|still\\s+|been\\s+)*(?:${words})\\b(?:\\s+yet)?`,
        "gi",
      ),
    ],
    [
      status,
      new RegExp(
        `\\b(?:the|my)\\s+(?:other\\s+)?(?:(?:un|not[- ])?(?:${words}))\\s+${NOUN}\\b`,
        "gi",
      ),
    ],
  ] as [StateReference["status"], RegExp][]
);
/** "the one still on its way", "the one in transit", "the one that's shipping": shipped. */
const ON_THE_WAY = new RegExp(
  `\\b(?:the|my)\\s+(?:other\\s+)?${NOUN}\\s+(?:(?:that|which)\\s*(?:is|'s)\\s+)?(?:still\\s+)?(?:on (?:its|the) way|in transit|out for delivery|shipping|being shipped|coming|arriving)\\b`,
  "gi",
);
/**
 * "the lost parcel", "the one that went missing", "the order the carrier lost": a lost parcel
 * is a shipped order (the context's tracking tells whether the carrier says lost).
 */
const LOST = new RegExp(
  `\\b(?:the|my|that)\\s+(?:other\\s+)?(?:lost|missing)\\s+${NOUN}\\b|\\b(?:the|my|that)\\s+(?:other\\s+)?${NOUN}\\s+(?:(?:that|which)\\s+)?(?:(?:the\\s+)?(?:carrier|courier|post|postman|driver)\\s+lost|(?:got|was|is|has been|'s)\\s+lost|(?:went|has gone|'s gone|got|is|was)\\s+missing)\\b`,
  "gi",
);
/**
 * "the one I haven't paid for" (waiting for its payment), "the order we already paid": the
 * payment told by who paid, which the status patterns (written about the order) miss.
 */
const PAID_BY_ME = new RegExp(
  `\\b(?:the|my|that)\\s+(?:other\\s+)?${NOUN}\\s+(?:(?:that|which)\\s+)?(?:i|we)\\s+(?:still\\s+)?(${NEGATION}|didn'?t|did not|didnt|havent)?\\s*(?:yet\\s+|already\\s+)?pa(?:id|y)(?:\\s+for)?(?:\\s+yet)?\\b`,
  "gi",
);

const RECENCY: readonly [NonNullable<StateReference["recency"]>, RegExp][] = [
  [
    "latest",
    new RegExp(
      `\\b(?:my|the)\\s+(?:latest|last|most recent|newest|recent|new|second)\\s+${NOUN}\\b`,
      "gi",
    ),
  ],
  [
    "earliest",
    new RegExp(
      `\\b(?:my|the)\\s+(?:first|oldest|earlier|earliest|older|previous|old)\\s+${NOUN}\\b`,
      "gi",
    ),
  ],
];

/**
 * "And my oldest?", "what about the newest": an age alone at the end of a follow-up, the
 * order left unsaid (the patterns above need its noun).
 */
const BARE_AGE: readonly [NonNullable<StateReference["recency"]>, RegExp][] = [
  ["latest", /\b(?:my|the)\s+(?:latest|newest|most recent)\s*[?!.]*\s*$/gi],
  ["earliest", /\b(?:my|the)\s+(?:oldest|earliest)\s*[?!.]*\s*$/gi],
];

/**
 * What every state or age pattern needs: "the", "my", "that" or "this", and one of the
 * order's nouns after a space. Most messages have not both, and skip the patterns.
 */
const STATE_DETERMINER = /\b(?:the|my|that|this)\s/i;
const STATE_NOUN = new RegExp(`\\s${NOUN}\\b`, "i");

/** "What I ordered last time", "the last thing I bought": their latest order, no noun said. */
const LAST_TIME =
  /\b(?:(?:i|we)\s+(?:ordered|bought|purchased|got)(?:\s+from\s+you)?\s+last(?:\s+time)?|last\s+time\s+(?:i|we)\s+(?:ordered|bought|purchased)|(?:my|the)\s+last\s+thing\s+(?:i|we)\s+(?:ordered|bought)|my\s+(?:last|latest|most\s+recent)\s+purchase)\b/gi;

/** A verb of sending just before: what is sent is goods, not an order pointed at. */
const SENT_BEFORE = /\b(?:send|ship|post|mail|resend|re-send)\s+(?:me\s+|us\s+)?$/i;
/** A refund or a replacement spoken of: "a new one" beside it is the goods sent again. */
const REMEDY_TALK = /\b(?:refund\w*|money back|replac\w*|instead)\b/i;

/** Orders pointed at by their state or age. */
export function stateRefs(text: string): Spanned<StateReference>[] {
  const out: Spanned<StateReference>[] = [];
  const add = (ref: StateReference, start: number, end: number) => {
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ ref, start, end });
  };
  for (const m of text.matchAll(LAST_TIME)) {
    add(
      { text: m[0], status: null, negated: false, recency: "latest" },
      m.index!,
      m.index! + m[0].length,
    );
  }
  if (!STATE_DETERMINER.test(text)) return out;
  for (const [recency, re] of BARE_AGE) {
    for (const m of text.matchAll(re)) {
      add({ text: m[0], status: null, negated: false, recency }, m.index!, m.index! + m[0].length);
    }
  }
  if (!STATE_NOUN.test(text)) return out;
  for (const m of [...text.matchAll(ON_THE_WAY), ...text.matchAll(LOST)]) {
    // "Can't you just send the missing one?": the goods left out, sent — no lost parcel.
    if (SENT_BEFORE.test(text.slice(0, m.index!))) continue;
    add(
      { text: m[0], status: "shipped", negated: false, recency: null },
      m.index!,
      m.index! + m[0].length,
    );
  }
  for (const m of text.matchAll(PAID_BY_ME)) {
    // Not paid: waiting for its payment; paid: any order past that.
    const negated = m[1] === undefined;
    add(
      { text: m[0], status: "pending", negated, recency: null },
      m.index!,
      m.index! + m[0].length,
    );
  }
  for (const [status, re] of STATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const negated = new RegExp(
        `\\b${NEGATION}\\b|\\bun(?:${STATUS_WORDS.map(([, w]) => w).join("|")})`,
        "i",
      )
        .test(m[0]);
      add({ text: m[0], status, negated, recency: null }, m.index!, m.index! + m[0].length);
    }
  }
  // "Which is quicker, the new one or my money back?": the goods sent again, not an order.
  const remedy = REMEDY_TALK.test(text);
  for (const [recency, re] of RECENCY) {
    for (const m of text.matchAll(re)) {
      if (remedy && /\bnew one\b/i.test(m[0])) continue;
      add({ text: m[0], status: null, negated: false, recency }, m.index!, m.index! + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that end a naming phrase: verbs, pronouns, prepositions, conjunctions. */
const BOUNDARY = new Set(
  ("i you he she we they it me him her us them is are was were be been being am has have had do does did " +
    "will would can could should shall may might must that which who whom whose what when where why how " +
    "and or but so if then than because though although as to for from with without in on at of by about " +
    "into onto over under after before since until up down out off again still yet already just also too " +
    "very really please pls thanks thank not no never arrived came come comes shipped sent delivered broke " +
    "broken arrive ordered bought got get isn't wasn't hasn't doesn't didn't won't can't don't yet " +
    "isnt wasnt hasnt havent doesnt didnt wont cant dont is's it's that's yesterday today tomorrow tonight now here there ago last next please " +
    "asap twice once all both either").split(" "),
);
/** Heads that name no item: the order itself, money, the shop, people, time. */
const NOT_ITEMS = new Set(
  ("order orders one ones parcel package packages shipment delivery deliveries purchase purchases item items " +
    "thing things stuff goods product products box boxes refund money payment payments charge invoice " +
    "receipt account password address email website site app page shop store company service team staff " +
    "courier driver carrier tracking number code card bank moment time day days week weeks month weekend " +
    "morning evening night way problem issue question same whole rest other others last first latest " +
    "option options price cost fee policy status update information info details end").split(" "),
);
const DETERMINER = /\b(?:the|my|this|that|these|those|our)\s+/gi;

/**
 * Things named after "the", "my", "this"…: "the keyboard", "my espresso machine". With a
 * catalogue, only names whose last word a product's name has, with the product when one
 * fits; without, any such name but the order's own words ("the parcel", "the one").
 */
export function itemRefs(text: string, products: ProductIndex | null): Spanned<ItemReference>[] {
  const out: Spanned<ItemReference>[] = [];
  for (const m of text.matchAll(DETERMINER)) {
    const from = m.index! + m[0].length;
    const words: string[] = [];
    const re = /[A-Za-z][A-Za-z'-]*/y;
    let at = from;
    while (words.length < 3) {
      re.lastIndex = at;
      const w = re.exec(text);
      if (!w || BOUNDARY.has(w[0].toLowerCase())) break;
      words.push(w[0]);
      at = re.lastIndex;
      const gap = /[ \t]+/y;
      gap.lastIndex = at;
      if (!gap.exec(text)) break;
      at = gap.lastIndex;
    }
    // The longest run of words that ends in an item's name: "the blue mugs yesterday".
    let found: { name: string; sku: string | null } | null = null;
    for (let n = words.length; n > 0 && !found; n--) found = nameOf(words.slice(0, n), products);
    if (!found) continue;
    const { name, sku } = found;
    const end = from + name.length;
    out.push({ ref: { text: text.slice(m.index!, end), name, sku }, start: m.index!, end });
  }
  return out;
}

/** The item the words name (their last word its head), or null. */
function nameOf(
  words: readonly string[],
  products: ProductIndex | null,
): { name: string; sku: string | null } | null {
  const name = words.join(" ");
  const head = singular(words[words.length - 1].toLowerCase());
  if (NOT_ITEMS.has(head) || head.length < 3) return null;
  if (!products) return { name, sku: null };
  // "my hedphones": a head misspelt in a word long enough is the product's word.
  if (!products.hasWord(head) && products.misspelt(head) === null) return null;
  const found = products.match(name);
  return { name, sku: found.length === 1 ? found[0].sku : null };
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}
