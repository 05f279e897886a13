/**
 * A discount code that fails, in shoppers' words with the code in the middle: "my discount
 * code SAVE10 isnt working", "the promo code keeps saying invalid", "coupon WELCOME didn't
 * apply". The FAQ's phrases cannot reach past the code itself, so this reads the shape and
 * names the FAQ entry that answers it (`discount_code_trouble` in `faq.json`). Pure.
 */
import { FAQ, type FaqBook, type FaqMatch } from "./faq.ts";

/** A code, then within a few words a sign that it failed. */
const CODE_FAILS =
  /\b(?:discount|promo|promotional|coupon|voucher|offer)\s+code\b[^.?!]{0,30}?\b(?:(?:is|was|does|did|do|will|wo)(?:\s*n[o']?t|\s+not)\s+(?:working|work|valid|accepted|apply|applying|go through)|not (?:working|valid|accepted|applying)|invalid|expired|rejected|error|fails?|failed)\b|\bcoupon\b[^.?!]{0,30}?\b(?:invalid|expired|rejected|(?:does|did|is|wo)n'?t (?:work|working|apply))\b/i;

/**
 * A code named by itself ("got a SAVE10 code but checkout says invalid", "code WELCOME15 wont
 * apply"), or "the code" said to be refused at checkout — not a sign-in or tracking code.
 */
const NAMED_CODE_FAILS =
  /(?:\b[a-z]{2,12}\d{1,3}\s+code\b|\bcode\s+[a-z]{2,12}\d{1,3}\b|(?<!\b(?:sign[- ]?in|verification|security|log[- ]?in|confirmation|one[- ]time|tracking|postal|zip|post|access|reset|2fa)\s)\bcode\b)[^.?!]{0,30}?\b(?:says|said|shows|showing|comes up|came up|is|was)\s+(?:as\s+)?(?:it'?s\s+)?(?:invalid|expired|not valid)\b|(?:\b[a-z]{2,12}\d{1,3}\s+code|\bcode\s+[a-z]{2,12}\d{1,3})\b[^.?!]{0,30}?\b(?:(?:does|did|is|wo)n'?t (?:work|working|apply)|not (?:working|valid|accepted|applying))\b/i;

/** The id of the FAQ entry about failing codes. */
export const CODE_TROUBLE_ENTRY = "discount_code_trouble";
/** The id of the FAQ entry about a gift card that is refused at checkout. */
export const GIFT_CARD_TROUBLE_ENTRY = "gift_card_trouble";

/** A gift card, then in the same sentence a sign that it was refused. */
const GIFT_CARD_FAILS =
  /\bgift ?cards?\b[^.?!]{0,40}?\b(?:(?:is|was|does|did|do|will|wo|ca)(?:\s*n[o']?t|\s+not)\s+(?:working|work|valid|accepted|apply|applying|go(?:ing)? through|be used|use it)|not (?:working|valid|accepted|applying|going through)|invalid|expired|rejected|declined|refused|error|fails?|failed)\b/i;

/**
 * The FAQ entry on a failing code when the message reports one — a gift card's ("my gift
 * card code isn't working") or a discount code's — else null.
 */
export function codeTroubleMatch(text: string, book: FaqBook = FAQ): FaqMatch | null {
  const gift = GIFT_CARD_FAILS.exec(text);
  const m = gift ??
    (/\bgift ?cards?\b/i.test(text) ? null : CODE_FAILS.exec(text) ?? NAMED_CODE_FAILS.exec(text));
  if (!m) return null;
  const id = gift ? GIFT_CARD_TROUBLE_ENTRY : CODE_TROUBLE_ENTRY;
  const entry = book.entries.find((e) => e.id === id);
  return entry ? { entry, phrase: m[0] } : null;
}
