/**
 * A surprised echo of what we said, then the answer: "oh it's already here? then I want to
 * return it", "wait it was delivered already? ok then yes return it", "really? it hasn't
 * shipped? great, cancel it then". The echo asks nothing we must answer first (our reply just
 * told them); what follows it answers the change we asked about. Pure.
 */

/** Surprise alone: "really?", "oh really?", "wait what?", "seriously?". */
const SURPRISE = String
  .raw`(?:oh+|ah+|wait|hold on|huh|wow|so|omg)?[\s,!]*(?:really|seriously|for real|what|huh|wow)`;

/** What we told, echoed back: "it's already here?", "it was delivered already?", "it hasn't shipped?". */
const ECHO = String
  .raw`(?:oh+|ah+|wait|hold on|huh|wow|so|omg)?[\s,!]*(?:it'?s|its|it is|it was|it has|it'?s been|it hasn'?t|it hasnt|it isn'?t|it isnt|they'?re|they are|they were|they have|they haven'?t|that'?s|that was)\b(?:\s+[\w'’-]+){0,5}`;

/** One or more echoes or surprises, each closed by a question mark. */
const LEADING_ECHOES = new RegExp(String.raw`^\s*(?:(?:${SURPRISE}|${ECHO})\s*\?+[\s!.,]*)+`, "i");

/** Words that ask something of us: an echo with one of these is a real question. */
const ASKS =
  /\b(?:what|when|where|why|how|which|who|can|could|will|would|should|do|does|did)\b(?!\?)/i;

/**
 * The words after the surprised echoes leading the message, or null when it has none, or
 * nothing after them, or an echo asks something of us ("it's here? when did it come?").
 */
export function afterEcho(text: string): string | null {
  const m = LEADING_ECHOES.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (rest.trim() === "") return null;
  const echoes = m[0].replace(/\b(?:wait )?what\s*\?/gi, " ");
  return ASKS.test(echoes) ? null : rest;
}
