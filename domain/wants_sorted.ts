/**
 * "I just want it sorted", "can someone just fix this", "just sort it out pls": a wish for a
 * problem to be put right, with nothing told of what the problem is. No praise (the sentiment
 * model had read it positive, for "want" and "just"), and no request we can act on yet: what
 * happened has to be asked. Only a whole message of that shape counts — "i just want it
 * sorted, my headphones never came" tells what to sort. Pure.
 */

/** Openers that add nothing: "look,", "honestly", "ok so". */
const OPENER = String
  .raw`(?:(?:ok(?:ay)?|look|listen|honestly|seriously|so|well|pls|please|tbh)[\s,.!]+)*`;
/** What is to be put right: "it", "this", "the problem", "things", "my issue". */
const THING = String
  .raw`(?:it|this|that|this mess|things|everything|the (?:problem|issue|mess)|my (?:problem|issue))`;
/** Put right: "sorted", "fixed", "resolved", "dealt with", "over with". */
const DONE = String
  .raw`(?:sorted(?: out)?|fixed|resolved|dealt with|taken care of|over with|done|handled)`;
/** Doing it: "sort it out", "fix this", "resolve it". */
const DO = String.raw`(?:sort|fix|resolve|deal with|handle)`;

const WANTS_SORTED = new RegExp(
  String.raw`^${OPENER}(?:` +
    // "i just want it sorted", "i need this fixed", "all i want is this resolved"
    String
      .raw`(?:i|we) (?:just |only |really |simply )*(?:want|need|would like|'d like|wanna) (?:you to (?:just )?${DO} ${THING}(?: out)?|${THING} (?:to be |to get |get )?${DONE})` +
    String.raw`|all i (?:want|need) is (?:for )?${THING} (?:to be )?${DONE}` +
    // "can someone just fix this", "could you please sort it out"
    String
      .raw`|(?:can|could|will) (?:someone|somebody|anyone|you|u) (?:just |please |pls )*${DO} ${THING}(?: out)?` +
    // "just sort it out", "pls fix this"
    String.raw`|(?:just |please |pls )+${DO} ${THING}(?: out)?` +
    String.raw`)(?:[\s,]+(?:please|pls|already|now|asap|for once|thanks|thx))*[\s.!?]*$`,
  "i",
);

/** Whether the whole message only wishes a problem put right, without telling what it is. */
export function wantsItSorted(text: string): boolean {
  return WANTS_SORTED.test(text.trim().replace(/[’]/g, "'").replace(/\s+/g, " "));
}
