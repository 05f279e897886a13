/**
 * Slow starts: a message that only announces what is coming — one question ("quick question",
 * "can i ask something?"), a problem ("Hi, I have an issue", "something's wrong") or an order
 * ("so about my order...") — with nothing said of it yet. Read by the intent actor
 * (`actors/nlu/opener.ts`) and answered by one short question (`actors/response/opener_reply.ts`).
 * Pure.
 */

/** What a slow start announces. */
export type Announced = "question" | "problem" | "order";

/** A greeting, a filler or an address before the announcement. */
const LEAD = String
  .raw`^(?:(?:hi+|hello+|hey+|heya|hiya|yo|morning|good (?:morning|afternoon|evening)|there|um+|uh+|so+|ok(?:ay)?|sorry|excuse me|ugh|hmm+|well)\b[\s,!.?-]*)*`;
/** Filler after it: "for you", "please", "real quick", "if that's ok". */
const TAIL = String
  .raw`(?:\s+(?:for (?:you|ya|u)|real quick|quickly|please|pls|plz|if (?:that'?s|thats|it'?s) ok(?:ay)?|here|today|lol|haha|tho|though))*[\s.!?:,…-]*$`;

/** One question announced, none asked: "quick q", "can i ask you something?", "got a question". */
const QUESTION = new RegExp(
  LEAD + "(?:" + [
    String
      .raw`(?:(?:i|we)\s+(?:have|had|got|'ve got|ve got|have got)\s+|(?:i|we)'?ve\s+got\s+|got\s+)?(?:just\s+)?(?:a|an|one|1)?\s*(?:quick|small|little|short|simple|silly|random|stupid|dumb)?\s*(?:q|qq|qn|question|query|enquiry|inquiry)`,
    String
      .raw`(?:can|could|may|mind if)\s+i\s+(?:just\s+)?ask\s+(?:you\s+)?(?:something|smth|sth|a (?:quick |small )?(?:thing|question|q)|one thing|a favou?r|you)?`,
    String
      .raw`(?:i\s+)?(?:want|wanted|need|needed|would like|'d like|d like)\s+to\s+ask\s+(?:you\s+)?(?:something|smth|a (?:quick |small )?(?:thing|question)|about something)`,
  ].join("|") + ")" + TAIL,
  "iu",
);

/** A problem announced, nothing said of it (`vague_problem.ts` has "with my order"). */
const PROBLEM = new RegExp(
  LEAD + "(?:" + [
    String
      .raw`(?:(?:i|we)\s+(?:have|got|'ve got|ve got|have got|am having|'m having|m having|are having|have run into|ran into)\s+|(?:i|we)'?ve\s+got\s+|there(?:'s| is| seems to be)\s+|got\s+|having\s+)?(?:a|an|some|one)?\s*(?:small|big|slight|little|bit of an?|serious|real|major|weird)?\s*(?:problem|issue|prob|trouble)`,
    String
      .raw`(?:something|smth|sth)(?:'s| is| has gone|s|'s gone| went)\s+(?:wrong|off|not right)`,
    String
      .raw`(?:i\s+)?(?:need|want)\s+to\s+(?:report|complain about)\s+(?:something|a problem|an issue)`,
  ].join("|") + ")" + TAIL,
  "iu",
);

/** An order announced, nothing asked: "so about my order...", "it's about an order". */
const ORDER = new RegExp(
  LEAD +
    String
      .raw`(?:(?:it'?s|its|this is|i'?m (?:writing|messaging|contacting you|here)|i am (?:writing|here)|writing)\s+)?(?:(?:(?:i\s+have|i'?ve\s+got|got)\s+)?(?:a\s+)?(?:quick\s+|small\s+)?(?:question|query)\s+)?(?:(?:about|regarding|re|concerning|in regards? to|with regards? to)\s*:?\s*)?(?:my|an|the|a|one of my|our)\s+(?:recent\s+|last\s+|latest\s+|online\s+)?(?:order|purchase|delivery|parcel|package)(?:\s+(?:i|we)\s+(?:placed|made|did|put in)(?:\s+(?:recently|last week|yesterday|the other day))?)?` +
    TAIL,
  "iu",
);

/** An email's greeting line, a wish of well-being, a sign-off and the name under it. */
const PLEASANTRIES = [
  /^\s*(?:hello|hi|hey|dear [\p{L} ]{1,30}|good (?:morning|afternoon|evening)|to whom it may concern)\s*[,!.:]?\s*$/gimu,
  /\bi hope (?:this|my message) (?:finds you|reaches you) well\b[.!]?|\bi hope (?:you(?:'re| are)|you're) (?:well|doing well|having a (?:good|great|nice) day)\b[.!]?/giu,
  /^\s*(?:best|best wishes|thanks|thank you|many thanks|cheers|regards|kind regards|warm regards|sincerely)\b[\s\S]*$/gimu,
];

/** "I'm writing because", "I'm reaching out as": the reason for writing, said before it. */
const WRITING_BECAUSE =
  /^\s*(?:i'?m|i am)\s+(?:writing|reaching out|getting in touch|contacting you|messaging)\s+(?:because|as|since)\s+/i;
/** "… I'd like some help with", "that I need help with": help asked with the thing announced. */
const HELP_TAIL =
  /\s+(?:that\s+|which\s+)?(?:i'?d|i would|i)\s+(?:like|need|want)\s+(?:some\s+)?help\s+with\s*([.!?]*)\s*$/i;

/** The message without an email's pleasantries and a "writing because" before the point. */
function plainPoint(text: string): string {
  let t = text.replace(/[‘’]/g, "'");
  for (const re of PLEASANTRIES) t = t.replace(re, " ");
  return t.replace(/\s+/g, " ").trim().replace(WRITING_BECAUSE, "").replace(HELP_TAIL, "$1");
}

/** What the whole message only announces, else null. */
export function announced(text: string): Announced | null {
  const t = plainPoint(text);
  if (t.length > 80 || text.length > 400) return null;
  if (QUESTION.test(t)) return "question";
  if (PROBLEM.test(t)) return "problem";
  if (ORDER.test(t)) return "order";
  return null;
}
