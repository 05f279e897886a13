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

/** The id of the FAQ entry about failing codes. */
export const CODE_TROUBLE_ENTRY = "discount_code_trouble";

/** The FAQ entry on a failing discount code when the message reports one; else null. */
export function codeTroubleMatch(text: string, book: FaqBook = FAQ): FaqMatch | null {
  const m = CODE_FAILS.exec(text);
  if (!m || /\bgift ?card\b/i.test(text)) return null;
  const entry = book.entries.find((e) => e.id === CODE_TROUBLE_ENTRY);
  return entry ? { entry, phrase: m[0] } : null;
}
