/**
 * Rules where rules do best: whole-message yes/no, greetings, thanks and goodbyes, and a
 * message that is nothing but an order or tracking number. Everything else goes to the
 * classifier.
 */
import type { Intent } from "../../shared/protocol.ts";

/** A rule's reading of a message. */
export interface RuleMatch {
  intent: Intent;
  confidence: number;
}

const AFFIRM_WORD =
  "(?:yes+|yeah|yea|ya|yep|yup|sure|ok|okay|k|kk|alright|all right|absolutely|definitely|of course|correct|confirm(?:ed)?|i confirm|affirmative|agreed|exactly|indeed)";
const AFFIRM_TAIL =
  "(?:please|pls|go ahead|do it|please do|please proceed|proceed|go for it|that's (?:right|correct|fine)|sounds good|thanks|thank you)";
const AFFIRM = new RegExp(
  `^(?:${AFFIRM_WORD}(?: ${AFFIRM_TAIL})*|(?:please )?(?:go ahead|do it|proceed|do that)(?: please)?|please do|go for it|sounds good|that's (?:right|correct)|yes i'm sure)$`,
);
const DENY = new RegExp(
  "^(?:(?:yeah|yea|ya|yes|yep|ok) (?:no|nah|nope)|no+|nope|nop|nah|no way|no no|no thanks?(?: you)?|no thank you|not now|not yet|never ?mind|nvm|" +
    "(?:please )?(?:don't|dont|do not)(?: do (?:it|that))?|stop|forget it|(?:absolutely|definitely) not|negative|" +
    "no,? (?:don't|dont|stop|never ?mind|leave it|no need|please|pls|thanks?|thank you))$",
);

/** Greetings, thanks and goodbyes; a message made only of these is small talk. */
const SOCIAL = [
  "hi",
  "hello",
  "helo",
  "hey+",
  "heya",
  "hiya",
  "yo",
  "howdy",
  "greetings",
  "sup",
  "good (?:morning|afternoon|evening|day|night)",
  "morning",
  "thanks?",
  "thank you",
  "thx",
  "thnx",
  "thanx",
  "ty",
  "ta",
  "tysm",
  "cheers",
  "many thanks",
  "much appreciated",
  "appreciate it",
  "bye(?: bye)?",
  "goodbye",
  "see (?:you|ya)",
  "take care",
  "have a (?:nice|good|great|lovely) (?:day|weekend|evening)",
  "how are you(?: today| doing)?",
  "how's it going",
];
/** Words that may stand beside the social phrases without changing the message. */
const FILLER = [
  "there",
  "again",
  "all",
  "team",
  "guys",
  "mate",
  "so much",
  "very much",
  "a lot",
  "a bunch",
  "for (?:your|the|all the) help",
  "that's all",
  "that is all",
  "ok",
  "okay",
  "k",
  "great",
  "perfect",
  "awesome",
  "wonderful",
  "nice",
  "cool",
  "brilliant",
  "sweet",
  "lovely",
  "fab",
  "fantastic",
  "excellent",
  "kk",
  "lol",
  "haha",
];
/** Longest phrases first, so "thank you" is taken whole rather than "thank" and a stray "you". */
const byLength = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);
const SOCIAL_RE = new RegExp(`\\b(?:${byLength(SOCIAL).join("|")})\\b`, "g");
const FILLER_RE = new RegExp(`\\b(?:${byLength(FILLER).join("|")})\\b`, "g");
/**
 * "ok, thanks" closes a conversation: small talk, not a yes (after a question of ours the
 * conversation layer still reads it as one).
 */
const ACKNOWLEDGE_THANKS =
  /^(?:ok|okay|k|kk|alright|all right)(?: (?:thanks?|thank you|thx|ty|cheers|bye))+$/;

/**
 * A whole message that closes the conversation after "anything else?": "nope that's all",
 * "no thanks, I'm good", "nothing else". Small talk (a goodbye), not an unclear request.
 */
const CLOSING =
  /^(?:(?:no|nope|nah|no no)(?: thanks?| thank you| thx| ty)?(?: (?:that'?s|thats|thts) (?:all|it)| i'?m (?:good|fine|ok|okay|all set)| all good| nothing else| that'?s everything)|(?:that'?s|thats) (?:all|it|everything)(?: thanks?| thank you| thx)?|nothing else(?: thanks?| thank you| thx)?|all good(?: thanks?| thank you| thx)?)$/;

const ORDER_ONLY =
  /^(?:(?:my )?order(?: (?:number|no|nr|id))?:? ?)?(?:#\s?\d{3,}|ord-?\d+|\d{4,}|trk\d{10})$/;

/** Lower-cases and strips punctuation, emoji and extra spaces. */
export function normaliseForRules(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'#\s-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A statement of SQL, or markup and script with no words of a request outside it. */
const SQL =
  /^\s*(?:select\s+[\w*,\s]+\s+from|insert\s+into|update\s+\w+\s+set|delete\s+from|drop\s+(?:table|database)|union\s+select)\b/i;

/** True when the message is code (SQL, or only tags and script) rather than words to us. */
export function isCode(text: string): boolean {
  if (SQL.test(text) || /;\s*--|'\s*or\s+'?1'?\s*=\s*'?1/i.test(text)) return true;
  const words = text.replace(/<[^>]*>[^<]*<\/[^>]+>|<[^>]+>/g, " ").trim();
  return /<[^>]+>/.test(text) && !/[a-z]{2,}/i.test(words);
}

/** True when the whole message says yes. */
export function isAffirmation(norm: string): boolean {
  return AFFIRM.test(norm);
}

/** True when the whole message says no. */
export function isDenial(norm: string): boolean {
  return DENY.test(norm);
}

/** What a message of emoji alone means; anything else is `other`. */
const EMOJI_ONLY: [RegExp, RuleMatch][] = [
  [/^(?:👍|👌|✅|🆗|✔️?)+$/u, { intent: "affirm", confidence: 0.8 }],
  [/^(?:👎|❌|🚫|✖️?)+$/u, { intent: "deny", confidence: 0.8 }],
  [/^(?:👋|🙏|😊|🙂|😀|😃|😄|❤️?|🥰|😍|🤗)+$/u, { intent: "small_talk", confidence: 0.7 }],
  [/^(?:😡|🤬|😠|💩|😤)+$/u, { intent: "complaint", confidence: 0.6 }],
];

/** Applies the rules to a message; null when none fits. */
export function ruleIntent(text: string): RuleMatch | null {
  // "SELECT * FROM orders", "<script>…</script>": code, not a request in words, however
  // much it says "orders".
  if (isCode(text)) return { intent: "other", confidence: 0.9 };
  const norm = normaliseForRules(text);
  if (!/[\p{L}\p{N}]/u.test(norm)) {
    // No words at all: emoji alone, punctuation or nothing.
    const symbols = text.replace(/[\s\u200d\ufe0f]+/gu, "");
    for (const [re, match] of EMOJI_ONLY) if (re.test(symbols)) return match;
    return { intent: "other", confidence: 0.5 };
  }
  if (ACKNOWLEDGE_THANKS.test(norm) || CLOSING.test(norm)) {
    return { intent: "small_talk", confidence: 0.9 };
  }
  if (isAffirmation(norm)) return { intent: "affirm", confidence: 0.95 };
  if (isDenial(norm)) return { intent: "deny", confidence: 0.95 };
  if (ORDER_ONLY.test(norm)) return { intent: "order_status", confidence: 0.8 };
  const social = norm.match(SOCIAL_RE);
  if (social && norm.replace(SOCIAL_RE, " ").replace(FILLER_RE, " ").trim() === "") {
    return { intent: "small_talk", confidence: 0.95 };
  }
  return null;
}
