/**
 * Where the store ships, asked about: "do you ship to canada?", "international shipping?",
 * "do you deliver to Germany". The destinations, fees and times are the policy's
 * (`SHIPPING_DESTINATIONS`, `INTERNATIONAL_SHIPPING` in policy.ts); here they are found in a
 * question and said as a yes or a no for the country named.
 */
import {
  FREE_SHIPPING_THRESHOLD,
  INTERNATIONAL_SHIPPING,
  policyMoney,
  SHIPPING_DESTINATIONS,
  SHIPPING_REGIONS,
  SHIPPING_SPEEDS,
  type ShippingDestination,
} from "./policy.ts";
import { placesRespelt } from "./place_spelling.ts";

/**
 * Countries the store does not ship to, by the words that name them, so that "do you ship
 * to Australia?" gets a plain no rather than the shipping speeds.
 */
const ELSEWHERE: readonly [string, readonly string[]][] = [
  ["Australia", ["australia"]],
  ["New Zealand", ["new zealand"]],
  ["Japan", ["japan"]],
  ["China", ["china"]],
  ["India", ["india"]],
  ["Brazil", ["brazil"]],
  ["Mexico", ["mexico"]],
  ["Argentina", ["argentina"]],
  ["South Africa", ["south africa"]],
  ["Nigeria", ["nigeria"]],
  ["Singapore", ["singapore"]],
  ["Hong Kong", ["hong kong"]],
  ["South Korea", ["south korea", "korea"]],
  ["Russia", ["russia"]],
  ["Turkey", ["turkey"]],
  ["Israel", ["israel"]],
  ["the United Arab Emirates", ["united arab emirates", "uae", "dubai"]],
  ["Saudi Arabia", ["saudi arabia"]],
  ["Norway", ["norway"]],
  ["Switzerland", ["switzerland"]],
  ["Iceland", ["iceland"]],
  ["Ukraine", ["ukraine"]],
  ["the Philippines", ["philippines"]],
  ["Indonesia", ["indonesia"]],
  ["Puerto Rico", ["puerto rico"]],
];

/** Words of a question about shipping abroad, with no country named. */
const ABROAD =
  /\b(international(ly)?|abroad|overseas|outside (the )?(us|usa|united states|states)|other countries|which countries|what countries|worldwide|ship (to )?europe|deliver (to )?europe|to (the )?eu)\b/;

/** Anywhere but the store's home country. */
const OUTSIDE_HOME =
  /\b(?:outside|out of) (?:of )?(?:the )?(?:us|usa|united states|states|america)\b/;

/** Words that make a message about shipping somewhere (not a country in a product name). */
const SHIPPING_VERB =
  /\b(ship|ships|shipping|deliver|delivers|delivery|send|sends|post|mail|shipped)\b/;

/** "What if she lives in Canada?", "I'm based in Germany": where the goods would go. */
const LIVES_IN = /\b(?:live|lives|living|based|located|moving|moved)\s+(?:in|to)\b/;

/** What a question about shipping to a place asks. */
export type DestinationQuestion =
  | { kind: "country"; destination: ShippingDestination }
  | { kind: "elsewhere"; country: string }
  | { kind: "abroad" };

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/** "and australia?", "what about canada", "ok what about the uk then": a place alone, following a question about another. */
const PLACE_ALONE =
  /^ (?:(?:ok|okay|k|so|hmm+|well|alright|right|and|or|also|but|what about|how about|to) )*(?:the )?([a-z ]+?)(?: then| instead| too)? $/;

/**
 * The destination a message asks about, or null when it asks about none. A place named alone
 * ("and australia?") is taken as asking about shipping there: in a shop's chat nothing else
 * is asked by a country's name.
 */
export function destinationAsked(text: string): DestinationQuestion | null {
  const t = placesRespelt(normalise(text), PLACE_WORDS);
  const alone = t.match(PLACE_ALONE)?.[1];
  const named = alone ? placeNamed(` ${alone} `) : null;
  // The place's own words and nothing else ("and australia", not "the capital of australia").
  if (named && placeNames(named).includes(alone!)) return placeQuestion(named);
  // "Outside the US": abroad, not the United States the words name.
  if (OUTSIDE_HOME.test(t)) return { kind: "abroad" };
  if (!SHIPPING_VERB.test(t) && !ABROAD.test(t) && !LIVES_IN.test(t)) return null;
  const place = placeNamed(t);
  if (place) return placeQuestion(place);
  return ABROAD.test(t) ? { kind: "abroad" } : null;
}

/** Places the store ships to, then others, with their names spaced as `normalise` spaces words. */
const PLACES: readonly [ShippingDestination | string, readonly string[]][] = [
  ...SHIPPING_DESTINATIONS.map((d): [ShippingDestination, string[]] => [d, spaced(d.names)]),
  ...ELSEWHERE.map(([country, names]): [string, string[]] => [country, spaced(names)]),
];

/** Every name of every place, as `normalise` spaces it: the words a typo is read against. */
const PLACE_WORDS: readonly string[] = PLACES.flatMap(([, names]) => names);

function spaced(names: readonly string[]): string[] {
  return names.map((n) => ` ${n} `);
}

/** The country the normalised text names: one the store ships to, or another. */
function placeNamed(t: string): ShippingDestination | string | null {
  for (const [place, names] of PLACES) {
    if (names.some((n) => t.includes(n))) return place;
  }
  return null;
}

function placeNames(place: ShippingDestination | string): readonly string[] {
  if (typeof place !== "string") return place.names;
  return ELSEWHERE.find(([country]) => country === place)?.[1] ?? [];
}

function placeQuestion(place: ShippingDestination | string): DestinationQuestion {
  return typeof place === "string"
    ? { kind: "elsewhere", country: place }
    : { kind: "country", destination: place };
}

function days(s: { minDays: number; maxDays: number }): string {
  return `${s.minDays}–${s.maxDays} business days`;
}

/** The international speeds, fees and duties, in one sentence. */
export function abroadTerms(): string {
  const s = INTERNATIONAL_SHIPPING;
  return `Standard shipping abroad takes ${days(s.standard)} and costs ` +
    `${policyMoney(s.standard.fee)}; express takes ${days(s.express)} for ` +
    `${policyMoney(s.express.fee)}. Import duties and taxes aren't included and may be ` +
    "collected by the carrier on delivery.";
}

/** The answer to a question about shipping to a place: a yes or a no, with fees and times. */
export function destinationAnswer(q: DestinationQuestion): string[] {
  switch (q.kind) {
    case "country": {
      const d = q.destination;
      if (d.zone === "domestic") {
        const s = SHIPPING_SPEEDS.standard;
        return [
          `Yes, we ship everywhere in ${d.country}: standard shipping takes ${days(s)} for ` +
          `${policyMoney(s.fee)} (free from ${policyMoney(FREE_SHIPPING_THRESHOLD)}), and ` +
          "express and overnight are available at checkout.",
        ];
      }
      return [`Yes, we ship to ${d.country}.`, abroadTerms()];
    }
    case "elsewhere":
      return [
        `I'm sorry, we don't ship to ${q.country} at the moment. We deliver to ${SHIPPING_REGIONS}.`,
      ];
    case "abroad":
      return [`Yes, we ship to ${SHIPPING_REGIONS}.`, abroadTerms()];
  }
}

/** A follow-up about time only ("and how long?"), or about cost only ("how much?"). */
const ASKS_TIME = /\b(?:how long|how many days|how fast|how quick(?:ly)?|when|take|takes)\b/i;
const ASKS_COST = /\b(?:how much|cost|costs|price|fee|fees|charge|duties|duty|taxes|customs)\b/i;

/**
 * "How much?", "and how long?" after we said we don't ship to a place: no price or time for it
 * (not the refusal again, word for word), and what shipping abroad costs or takes where we do
 * deliver — what was asked, so a second follow-up gets its own answer.
 */
export function elsewhereFollowUp(country: string, text: string): string[] {
  const time = ASKS_TIME.test(text);
  const cost = ASKS_COST.test(text);
  const s = INTERNATIONAL_SHIPPING;
  const where = "Where we do ship abroad (Canada, the United Kingdom and every EU country)";
  const [none, terms] = time && !cost
    ? [
      "delivery time",
      `${where}, standard shipping takes ${days(s.standard)} and express ${days(s.express)}.`,
    ]
    : cost && !time
    ? [
      "shipping price",
      `${where}, standard shipping costs ${policyMoney(s.standard.fee)} and express ` +
      `${policyMoney(s.express.fee)}; import duties and taxes aren't included.`,
    ]
    : ["shipping price or time", `${where}: ${abroadTerms()}`];
  return [
    `As we don't deliver to ${country}, there's no ${none} I can give you for it, I'm afraid.`,
    terms,
  ];
}

/**
 * A short name of the place a question asked about, which `destinationAsked` reads back as
 * the same question: kept by the dialogue so that "how much does it cost?" after "do you
 * ship to canada" is about shipping to Canada.
 */
export function placeOf(q: DestinationQuestion): string {
  if (q.kind === "country") return q.destination.names[0];
  if (q.kind === "elsewhere") return q.country;
  return "abroad";
}

/** A short follow-up about timing or cost: "and how long does that take?", "how much is it?". */
const FOLLOW_UP =
  /\b(?:how long|how much|how many days|how fast|how quick(?:ly)?|cost|costs|take|takes|price|fee|fees|express|standard|faster|quicker|cheapest|duties|duty|taxes|customs|tracked)\b/i;

/** Words that bring the question home: the domestic speeds are asked after all. */
const HOME = /\b(?:domestic|within the (?:us|usa|united states)|in the (?:us|usa|states)|here)\b/i;

/** Whether `text` is a short follow-up about shipping time or cost that names no place. */
export function shippingFollowUp(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= 10 && FOLLOW_UP.test(text) && !HOME.test(text) && !destinationAsked(text);
}

/**
 * The shipping question about `place` (asked in the turn before) that `text` carries on, or
 * null: a short question about cost or speed that names no place of its own.
 */
export function destinationCarried(text: string, place: string | null): DestinationQuestion | null {
  return place && shippingFollowUp(text) ? destinationAsked(place) : null;
}

/**
 * "And how much is shipping there?", "how long to germany then?" after we said we ship to a
 * country abroad: what was asked, first and alone — the cost or the time — not the whole
 * answer again. Null when both or neither are asked, or the country is at home.
 */
export function shippedFollowUp(q: DestinationQuestion, text: string): string[] | null {
  if (q.kind !== "country" || q.destination.zone !== "international") return null;
  const time = ASKS_TIME.test(text);
  const cost = ASKS_COST.test(text);
  if (time === cost) return null;
  const s = INTERNATIONAL_SHIPPING;
  const to = q.destination.country;
  return [
    cost
      ? `Shipping to ${to} costs ${policyMoney(s.standard.fee)} standard (${days(s.standard)}) or ${
        policyMoney(s.express.fee)
      } express (${days(s.express)}). Import duties and ` +
        "taxes aren't included and may be collected by the carrier on delivery."
      : `Standard shipping to ${to} takes ${days(s.standard)}; express takes ${days(s.express)} (${
        policyMoney(s.express.fee)
      } instead of ${policyMoney(s.standard.fee)}).`,
  ];
}

/**
 * "If I don't like it, can I send it back from Germany?": a return from a country we ship
 * to goes as any other (the prepaid label works there too); null for a place we don't
 * ship to, whose answer is that.
 */
export function returnFromAbroad(q: DestinationQuestion): string | null {
  if (q.kind === "elsewhere") return null;
  const from = q.kind === "country" ? q.destination.country : "abroad";
  return `That goes for returns from ${from} too: the prepaid return label works from every ` +
    "country we ship to.";
}
