/**
 * Numbers said rather than typed, as dictation writes them: "cancel order one thousand and
 * two", "where is order ten oh one", "one zero zero three". The order finders read digits,
 * so a dictated order number named no order (a cancellation found the one order it could
 * apply to by luck; a status asked "which order?"). Written as digits here; whether the number
 * is one of the customer's orders is the context's to say, as for any bare number. Pure.
 */

const DIGITS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  o: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
const DIGIT = "(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)";
const TEEN = `(?:${Object.keys(TEENS).join("|")})`;
const TEN = `(?:${Object.keys(TENS).join("|")})`;
/** A number below a hundred in words: "three", "thirteen", "twenty", "twenty-three". */
const BELOW_100 = `(?:${TEN}(?:[\\s-]+${UNIT})?|${TEEN}|${UNIT})`;

/** "One thousand and two", "two thousand three hundred and five". */
const THOUSANDS = new RegExp(
  `\\b(${UNIT})\\s+thousand(?:\\s+(${UNIT})\\s+hundred)?(?:\\s+(?:and\\s+)?(${BELOW_100}))?\\b`,
  "gi",
);
/** "Ten oh one", "twenty zero two": the first two digits said as a number, then each. */
const PAIRS = new RegExp(
  `\\b(${TEEN}|${TEN})[\\s-]+((?:(?:oh|zero|o)[\\s-]+){1,2})(${UNIT})\\b`,
  "gi",
);
/** "One zero zero three": four digits or more said one by one. */
const ONE_BY_ONE = new RegExp(`\\b${DIGIT}(?:[\\s-]+${DIGIT}){3,}\\b`, "gi");

/** The value of a number below a hundred in words. */
function belowHundred(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/);
  return parts.reduce((n, w) => n + (TENS[w] ?? TEENS[w] ?? DIGITS[w] ?? 0), 0);
}

/** The text with numbers said in words written as digits, or null when there is none. */
export function withSpokenNumbers(text: string): string | null {
  let out = text.replace(
    THOUSANDS,
    (whole, thousands: string, hundreds?: string, rest?: string) => {
      const n = DIGITS[thousands.toLowerCase()] * 1000 +
        (hundreds ? DIGITS[hundreds.toLowerCase()] * 100 : 0) + (rest ? belowHundred(rest) : 0);
      return n >= 1000 ? String(n) : whole;
    },
  );
  out = out.replace(PAIRS, (_whole, first: string, zeros: string, last: string) => {
    const head = TEENS[first.toLowerCase()] ?? TENS[first.toLowerCase()];
    const naughts = "0".repeat(zeros.split(/[\s-]+/).filter(Boolean).length);
    return `${head}${naughts}${DIGITS[last.toLowerCase()]}`;
  });
  // "one zero zero three", but not "o" alone among words ("one o three" is too loose): the
  // letter counts as a naught only inside a run of digits.
  out = out.replace(
    ONE_BY_ONE,
    (run) => run.toLowerCase().split(/[\s-]+/).map((w) => String(DIGITS[w])).join(""),
  );
  return out === text ? null : out;
}
