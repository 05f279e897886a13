/**
 * Something asked for a product of ours — "do you sell descaler for the espresso machine?",
 * "got any spare laces for the running shoes?", "a wrist rest for the keyboard?" — is the
 * thing asked, not the product it is for: the catalogue is searched for the thing, and a
 * product of ours matched only by a word of it ("descaling tablets" is no Graphics Drawing
 * Tablet) is no answer. It had been the machine's price and stock. Pure.
 */

/** "sell / have / got any … X for (the) Y": the thing X asked for the goods Y. */
const FOR_GOODS =
  /\b(?:sell|sells|carry|stock|have|got|get|any|make|offer|is there|are there)\s+((?:(?:a|an|any|some|spare|extra|replacement|new|the)\s+)*)([a-z][a-z' -]{1,30}?)\s+for\s+(?:the\s+|my\s+|your\s+|a\s+|an\s+|this\s+|that\s+|our\s+)?([a-z0-9][a-z0-9' -]{1,40})/i;

/** Things asked "for" goods that are no goods to sell: money, rules, help. */
const NOT_GOODS =
  /\b(?:discount|deal|coupon|code|voucher|warranty|guarantee|refund|replacement|return|sale|price|offer|promo|problem|issue|question|update|news|tracking|delivery|shipping|manual|instructions?|option|way|time|reason|idea|size|colou?r|version|model|one|ones|any|anything|something|it|them)s?\b/i;

/** A word as the catalogue's names hold it: lower case, a plural's "s" off. */
function stem(w: string): string {
  const l = w.toLowerCase();
  return l.length > 3 && l.endsWith("s") && !l.endsWith("ss") ? l.slice(0, -1) : l;
}

/** The words of a phrase, at least three letters. */
function wordsOf(phrase: string): string[] {
  return phrase.split(/[^a-z0-9'-]+/i).filter((w) => w.length >= 3).map(stem);
}

/**
 * The thing `text` asks for one of `named` (the catalogue products the message names), when
 * it is no product named itself: the words to search the catalogue for. Null otherwise.
 */
export function accessoryAsked(
  text: string,
  named: readonly { name: string }[],
): string | null {
  const m = FOR_GOODS.exec(text);
  if (!m || named.length === 0) return null;
  const thing = m[2].trim();
  if (NOT_GOODS.test(thing)) return null;
  const thingWords = wordsOf(thing);
  const goodsWords = wordsOf(m[3]);
  if (thingWords.length === 0 || thingWords.length > 3) return null;
  const names = named.map((p) => wordsOf(p.name));
  // The goods it is for are a product of ours the message names, or the only product named
  // is matched by a word of the thing alone ("descaling tablets for the espresso maker").
  const forOurs = names.some((n) => n.some((w) => goodsWords.includes(w)));
  if (!forOurs && !names.every((n) => thingWords.some((w) => n.includes(w)))) return null;
  // "A laptop sleeve for my macbook": the thing itself is a product of ours.
  if (names.some((n) => thingWords.every((w) => n.includes(w)))) return null;
  return thing.toLowerCase();
}

/** Whether a product found by searching for `thing` is that thing: every word in its name. */
export function isTheThing(thing: string, productName: string): boolean {
  const n = wordsOf(productName);
  return wordsOf(thing).every((w) => n.includes(w));
}
