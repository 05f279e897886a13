/**
 * "My keyboard should have arrived already", "was supposed to be here by now", "ought to have
 * come": an arrival awaited, not told — the words of goods come ("arrived", "here") under a
 * modal of what was expected, or beside a feeling let down. Such a message is a late parcel,
 * never good news of goods come (it had been "glad to hear the keyboard reached you!"). Pure.
 */

/** What was expected, or a feeling let down beside it. */
const EXPECTED = new RegExp(
  String.raw`\b(?:should(?:'ve|ve| have| of| be| 've)?|shoulda|supposed to|meant to|ought to|` +
    String.raw`expected (?:it|them|to)|by now|disappoint\w*|annoy\w*|frustrat\w*|upset)\b`,
  "i",
);

/** Whether the message speaks of an arrival only expected, not of goods come. */
export function arrivalOnlyExpected(text: string): boolean {
  return EXPECTED.test(text.replace(/[‘’]/g, "'"));
}
