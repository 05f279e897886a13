/**
 * What a customer asks while a person is on the way (a handoff is open): how long the wait
 * is ("how long", "how much longer", "when will someone answer"), or whether anybody is
 * coming at all ("is someone coming", "anyone there", "is some1 coming"). The intent
 * classifier has no label for these — out of a queue "how long" is a shipping question — so
 * they are read here, and only consulted while a handoff is open.
 */

/**
 * A question about the queue: the wait, whether anybody is there or coming, or what the
 * person will see ("what will the agent see?", "do I have to explain it all again?").
 */
export type QueueQuestion = "wait" | "presence" | "sees";

/** Chat spellings of the words these questions are made of, written out. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\b(some1|sum1|sumone|somone|smone|sombody|somebdy)\b/g, "someone"],
  [/\b(any1|ne1|anyon|anyoen|anybdy|neone)\b/g, "anyone"],
  [/\b(u)\b/g, "you"],
  [/\b(r)\b/g, "are"],
  [/\b(ur)\b/g, "your"],
  [/\b(ppl|ppls)\b/g, "people"],
  [/\b(hw|hoe)\b/g, "how"],
  [/\b(lng|lonng|loong+)\b/g, "long"],
  [/\b(wen|wheen)\b/g, "when"],
  [/\b(wat|wot|whta)\b/g, "what"],
  [/\b(plz|pls|pleas)\b/g, "please"],
  [/\b(cmon|comeon)\b/g, "come on"],
  [/\b(gonna)\b/g, "going to"],
  [/\b(waitin)\b/g, "waiting"],
  [/\b(comin)\b/g, "coming"],
  [/\bthere+\b/g, "there"],
  [/\bhel+o+\b/g, "hello"],
];

/** Somebody on our side: the person the customer waits for. */
const PERSON =
  "(someone|somebody|anyone|anybody|an? (agent|person|human|rep|representative|colleague|manager|supervisor|member of (staff|the team|your team))|a real (person|human)|the (agent|person|human|rep|representative|colleague|manager|supervisor)|they|you( guys)?|your (agent|colleague|team|staff|manager|supervisor))";

/** Wait questions: how long, how much longer, when will they answer, my place in the queue. */
const WAIT: readonly RegExp[] = [
  /^(so |and |ok(ay)? |well )?how long( now| more| still| then)?\s*[?!.]*$/,
  /\bhow (much )?long(er)?\b.*\b(wait|take|be|until|till|til|before|queue|for (someone|anyone|an? agent|a person|a human|them))\b/,
  /\bhow much longer\b/,
  /\bhow many (more )?(minutes|mins|hours)\b/,
  new RegExp(
    `\\bwhen (will|is|does|do|can|are) ${PERSON} (going to )?(be )?(answer|reply|respond|get back|come|coming|join|be (here|with me|available|free)|pick (this|it|me) up|talk|speak|help|chat|contact|call|take over|see)`,
  ),
  new RegExp(`\\bhow soon (will|can|is|does) ${PERSON}\\b`),
  /\b(what('?s| is)|tell me) (my|the) (place|position|spot|number)\b.*\b(queue|line)\b/,
  /\b(where am i|what number am i|my (place|position|spot)) in (the )?(queue|line)\b/,
  /\bhow many (people|customers|others|persons)( are)? (ahead|before|in front)\b/,
  /\b(what('?s| is)|any) (the |an )?(wait(ing)? time|wait|eta)\b/,
  /\b(still|been) waiting\b/,
];

/** Presence questions: is anybody there, is someone coming, did you forget me. */
const PRESENCE: readonly RegExp[] = [
  new RegExp(
    `\\b(is|are) ${PERSON} (still )?(coming|there|here|on (the|their|his|her) way|available|around|online|joining|going to (come|answer|reply|join))\\b`,
  ),
  new RegExp(
    `\\b(is|are) ${PERSON} (actually |even |really )?(going to )?(answer|reply|respond|help|come)\\b`,
  ),
  /^(hello+|hey+|yo|hi+)?[\s,.!?]*(is )?(anyone|anybody|someone|somebody)( (there|here|home|around|listening|alive|awake|at all))?\s*[?!.]*\s*$/,
  /\b(anyone|anybody) (there|here|home|around|listening|alive|awake)\b/,
  /\bare you (still )?(there|here|around|listening|alive|awake)\b/,
  /\b(did|have) (you|they|everyone) forg[eo]t(ten)? (about )?me\b/,
  /\bam i (still )?in (the )?(queue|line)\b/,
  /\b(nobody|no one|no-one) (is )?(here|there|answering|replying|coming|responding)\b/,
  /^(hello+|helo+|hey+)\s*[?!.]+\s*$/,
  // "Any news?" alone, while a person is on the way: news of them.
  /^(so |and |ok(ay)? |well |hi,? |hey,? )?any (news|updates?|word|progress)( yet| now| at all| on this)?\s*[?!.]*\s*$/,
];

/** What the person will see or know: "what will they see", "do i need to repeat myself". */
const SEES: readonly RegExp[] = [
  new RegExp(`\\b(what|how much) (will|do|does|can|would) ${PERSON} (see|know|have|get|read)\\b`),
  new RegExp(
    `\\b(will|do|does|can|would) ${PERSON} (be able to )?(see|read|know about|have|get) (my|our|this|the|what|everything|all)\\b`,
  ),
  /\b(do|will|should|must|would) i (need|have) to (repeat|explain|say|tell|type|write)( (it|this|that|everything|myself|all( of it)?|my (story|problem|issue)))?( (again|over|all over))?\b/,
  /\b(start|explain (it )?(all )?)(all )?over( again)?\b/,
];

/**
 * Words of an order question: with these, a wait is the parcel's or the refund's, not ours
 * ("how long until i see the money").
 */
const ORDER_WORDS =
  /\b(ord-?\s?\d+|order|orders|parcel|package|delivery|deliver|arrive|arrival|ship|shipping|shipped|refund|refunded|return|keyboard|monitor|item|items|tracking|courier|carrier|money|funds|reimburse\w*|credited|replacement|label)\b/;

/** A person of ours or the queue named outright: the question is about them after all. */
const OUR_SIDE =
  /\b(someone|somebody|anyone|anybody|agent|person|human|rep|representative|colleague|manager|supervisor|staff|queue)\b/;

/** Writes chat spellings out and lowercases. */
export function normalised(text: string): string {
  let out = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  for (const [re, word] of SPELLINGS) out = out.replace(re, word);
  return out;
}

/**
 * Reads a message as a question about the queue, or null. An order, parcel or refund named
 * in it makes it a question about that instead ("how long will ORD-1001 take").
 */
export function queueQuestion(text: string): QueueQuestion | null {
  const t = normalised(text);
  if (t.length > 160) return null;
  // "Will they see my order details?": about the person, whatever else it names.
  if (SEES.some((re) => re.test(t))) return "sees";
  if (ORDER_WORDS.test(t) && !OUR_SIDE.test(t)) return null;
  if (WAIT.some((re) => re.test(t))) return "wait";
  if (PRESENCE.some((re) => re.test(t))) return "presence";
  return null;
}
