/**
 * Questions about the assistant itself: "are you a bot?", "am i talking to a real person",
 * "is this an AI", "who am i talking to" (what it is), and "what can you do?", "what can u
 * help with", "how can you help me" (what it does). "R u a real person" had been read as a
 * request for one and handed over; "is this an AI" as a product question; "what can you do"
 * got "Sure — what can I do for you next?". Asking whether somebody is a person is no wish
 * for one: a person is given when asked for in so many words. Pure.
 */
import { asksForPerson } from "./intents.ts";

/** What the question asks of the assistant. */
export type AssistantAsked = "what_you_are" | "what_you_do";

const BEING =
  "(?:real\\s+|actual\\s+|live\\s+)?(?:bot|robot|ai|a\\.i\\.?|chat ?bot|human(?: being)?|person|machine|computer|program|automated(?: system| reply| message)?|someone real|somebody real)";

/** "Are you a bot?", "r u human", "am i talking to a real person", "is this automated". */
const WHAT_YOU_ARE = new RegExp(
  [
    `\\b(?:are|r)\\s+(?:you|u|ya)\\s+(?:even\\s+|actually\\s+|really\\s+)?(?:a\\s+|an\\s+)?${BEING}\\b`,
    // "are you real", "r u even human?": the question alone (not "are you for real?").
    "^(?:(?:so|ok(?:ay)?|wait|hey|hi)\\b[\\s,.!]*)*(?:are|r)?\\s*(?:you|u|ya)\\s+(?:even\\s+|actually\\s+|really\\s+)?(?:real|human|alive|a real one)\\s*[?!.]*\\s*$",
    `\\b(?:am i|are we)\\s+(?:talking|chatting|speaking|writing)\\s+(?:to|with)\\s+(?:a\\s+|an\\s+)?${BEING}\\b`,
    `\\b(?:is|iz)\\s+(?:this|that|it)\\s+(?:a\\s+|an\\s+|even\\s+a\\s+)?${BEING}\\b`,
    "\\bwho (?:am i|are we) (?:talking|chatting|speaking) (?:to|with)\\b",
    "\\bwho(?:'s| is) (?:this|there)\\s*\\?",
    "\\bwho are (?:you|u)\\b",
    "\\bwhat are (?:you|u)\\s*\\?*\\s*$",
  ].join("|"),
  "i",
);

/** "(whether) I am speaking with a real person": asked only where the asking is said. */
const SAID_FORM = new RegExp(
  `\\b(?:i'?m|i am|we are)\\s+(?:talking|chatting|speaking|writing)\\s+(?:to|with)\\s+(?:a\\s+|an\\s+)?${BEING}\\b`,
  "i",
);

/** Leading words that leave the question as it is: "so", "ok", "hi", "wait". */
const LEAD = "(?:(?:so|ok(?:ay)?|and|hi|hey|hello|wait|um+|hmm+|well)\\b[\\s,.!]*)*";

/** "What can you do?", "what can u help with", "how can you help me", "what do you do". */
const WHAT_YOU_DO = new RegExp(
  `^${LEAD}(?:(?:just |please |then )?(?:tell me |let me know )?)?(?:` +
    [
      "(?:what|wut|wat|wht|wot) (?:else )?(?:can|could|do) (?:you|u|ya) (?:actually |even |really )?(?:do|help(?: me| out)?(?: with)?)(?: for me| here)?",
      "what (?:things|stuff|kind of things) (?:can|could|do) (?:you|u) (?:do|help with)",
      "what are (?:you|u) (?:able to do|able to help with|here for|for)",
      "how (?:can|could|do) (?:you|u) help(?: me)?",
      "what (?:can|could) i ask (?:you|u)(?: about)?",
      "what do (?:you|u) (?:do|know)",
      "what (?:is|'s) this (?:chat )?for",
      "(?:can|could) (?:you|u) help(?: me)?(?: out)?(?: please| pls| plz)?",
      "(?:i )?need (?:some )?help(?: please| pls| plz)?",
      "help(?: me)?(?: please| pls| plz)?",
    ].join("|") +
    ")(?:\\s+exactly)?\\s*[?!.]*\\s*$",
  "i",
);

/**
 * "What are my options?", "what can you do about it?", "so what now?", "what do you
 * suggest?": what can be done about what the conversation is about.
 */
export const OPTIONS_ASKED =
  /^(?:(?:ok(?:ay)?|hmm+|oh|but|so|and|well|right|alright|fine|then|ugh|i see)\b[\s,.!]*)*(?:(?:just |please |then )?(?:tell me|let me know|say) )?(?:what(?:'?s| are| is)? (?:my|the|our) (?:options|choices|alternatives)|what (?:else )?(?:(?:can|could) (?:you|i|we)|(?:you|i|we) (?:can|could)) do(?: (?:for me|about (?:it|that|this)|now|then))?|what (?:now|next|then)|what (?:are|r) (?:you|u) (?:going to|gonna) do(?: (?:about (?:it|that|this)|now))?|what (?:do|would|could|can) (?:you|u) (?:suggest|recommend|advise)|what can be done|(?:i )?(?:just |only )?(?:want|need) (?:it|this|things|everything|this mess) (?:sorted|fixed|resolved|dealt with|handled|done)(?: out)?(?: (?:now|please|pls|asap|today|already))?|(?:just |please |pls )?(?:sort|fix|resolve) (?:it|this|this mess)(?: out)?(?: (?:now|please|pls|asap|already))?|what (?:can|could|will) (?:you|u) offer(?: me| us)?|what (?:do|would) (?:you|u) offer(?: me| us)?|what (?:happens|do i do) (?:now|next)|what should i do(?: now)?)\s*[?!.]*\s*$/i;

/** Whether the message asks what can be done ("what are my options?"). */
export function asksOptions(text: string): boolean {
  const t = text.trim();
  // "What are my options now", "so what can i do then": the same question.
  if (OPTIONS_ASKED.test(t) || OPTIONS_ASKED.test(t.replace(TRAILING, "$1"))) return true;
  // "Well that's useless. what can i do now?": a short reaction, then the question.
  const at = t.search(/[.!]\s+\S[^.!?]*[?.!]*\s*$/);
  if (at < 0) return false;
  const before = t.slice(0, at);
  const last = t.slice(at + 1).trim();
  return before.split(/\s+/).length <= 6 && REACTION.test(before) && !REQUEST_WORDS.test(before) &&
    (OPTIONS_ASKED.test(last) || OPTIONS_ASKED.test(last.replace(TRAILING, "$1")));
}

/** A reaction: "well that's useless", "ugh", "that's annoying", "seriously". */
const REACTION =
  /^(?:well|ugh+|urgh|ok(?:ay)?|fine|great|hmm+|wow|seriously|really|that'?s|thats|that is|this is|so|oh|ah|right|alright|damn|meh|sigh|typical|brilliant|useless|annoying)\b/i;
/** What a reaction before "what can i do?" must not hold: a request or a question of its own. */
const REQUEST_WORDS =
  /[?\d]|\b(?:cancel|refund|return|change|send|expedite|upgrade|remove|add|replace|want|need)\b/i;

/** "Then", "now", "here" after the question. */
const TRAILING = /\s+(?:then|now|here)\s*([?!.]*)\s*$/i;

/** What the message asks about the assistant, or null when it asks nothing of the kind. */
export function assistantAsked(text: string): AssistantAsked | null {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (words > 30 || asksForPerson(t)) return null;
  // "I want a real person, are you a bot?": the wish is said in so many words.
  if (
    /\b(?:i want|i need|i'?d like|get me|give me|let me (?:talk|speak))\b/i.test(t) &&
    /\b(?:person|human|agent|someone|somebody|manager|representative|people)\b/i.test(t)
  ) return null;
  if (politelyAsked(t)) return "what_you_do";
  // "I would be grateful if you could let me know whether I am speaking with a real person":
  // asked at length, with the asking said.
  const asking = /\?|\b(?:whether|let me know|tell me|wondering)\b/i.test(t);
  if (asking && (WHAT_YOU_ARE.test(t) || SAID_FORM.test(t))) return "what_you_are";
  // Beyond a short message, the words may say something else besides.
  if (words > 14) return null;
  if (WHAT_YOU_ARE.test(t)) return "what_you_are";
  if (WHAT_YOU_DO.test(t)) return "what_you_do";
  return null;
}

/** "Could you please tell me what you are able to help me with?" */
const POLITE_DO =
  /^(?:(?:could|can|would) (?:you|u) (?:please |kindly )?(?:tell me|let me know|explain) )?what (?:you|u) (?:are able to|can|could) (?:do|help(?: me)? with)(?: for me| here)?\s*[?.!]*$/i;
/** Sentences that greet or thank and ask nothing. */
const PLEASANTRY =
  /^(?:good (?:morning|afternoon|evening)|hi|hello|hey|greetings|thanks?(?: you)?|i hope you(?:'re| are) (?:well|doing well))(?:\s+there)?[\s,.!]*$/i;

/**
 * A long, polite way of asking what the assistant does: each sentence greets, or one asks
 * it ("Good afternoon. Could you please tell me what you are able to help me with?").
 */
function politelyAsked(t: string): boolean {
  const sentences = t.split(/(?<=[.!?])\s+/).map((x) => x.trim()).filter((x) => x !== "");
  const asks = sentences.filter((x) => WHAT_YOU_DO.test(x) || POLITE_DO.test(x));
  return asks.length === 1 &&
    sentences.every((x) => asks.includes(x) || PLEASANTRY.test(x));
}

/**
 * Whether a clause of the message asks what the assistant can do or what the options are:
 * "never mind, just tell me what you can do" (the rest of the message says something else).
 */
export function asksWhatYouDoIn(text: string): boolean {
  return text.split(/[,.;!]+|\s+(?:but|so|and)\s+/i).map((c) => c.trim()).filter((c) => c !== "")
    .some((c) => assistantAsked(c) === "what_you_do" || asksOptions(c));
}
