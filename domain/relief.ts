/**
 * Relief told: "phew, just saw the mixer got delivered, all good, ignore my email", "panic
 * over, it turned up", "false alarm, found it", "what a relief, thank you". The worry is over
 * and nothing is asked — but the words of the worry ("delivered", "ignore", "lost") read as
 * bad news, and a VIP was queued for a person with an apology. Pure.
 */

/** Words that say the worry is over. */
const RELIEF =
  /\b(?:phew+|whew+|panic over|false alarm|(?:what|such) a relief|(?:i'?m|im|i am|so|really|very|was)\s+(?:so\s+)?relieved|relieved to (?:hear|see|know)|(?:please )?(?:ignore|disregard) my (?:last |previous |earlier |other )?(?:email|e-mail|message|msg|question|chat|complaint)|found (?:it|them)(?=\s*(?:$|[,.!]|(?:behind|under|outside|next to|by the|in the|at the|on the|with (?:my|the)|after all|lol|haha)\b))|(?:it|they|it'?s|parcel|package|order|box|\w+ (?:parcel|package|order))(?: (?:just|finally|has|have))? (?:turned|showed) up(?: after all| in the end)?)(?=$|[^\p{L}])/iu;

/**
 * "All good", "sorted now": a close after an answer ("nah all good") unless the goods are
 * said to have come ("it arrived today, all good").
 */
const ALL_GOOD =
  /\b(?:all good(?: now)?|all sorted|(?:it'?s|its|that'?s|thats) (?:all )?sorted(?: now)?|sorted now)\b/i;
const CAME = /\b(?:arrived|came|delivered|got (?:it|them|here)|received|here now)\b/i;

/** "I thought it was lost, but…": the worry told as past, not trouble now. */
const PAST_WORRY =
  /\b(?:i )?(?:thought|was worried|was scared|feared|was afraid)\b[^.!?,]*?(?=,|\.|!|\bbut\b|$)|\bbut\b/gi;

/** Trouble still to put right, or something asked: then it is no relief alone. */
const STILL_WRONG =
  /\?|\b(?:broken|broke|damaged|cracked|smashed|missing|wrong|lost|never|still|not (?:arrived|here|working|come)|hasn'?t|haven'?t|isn'?t|doesn'?t work|can you|could you|would you|please (?:cancel|refund|return|send|change)|pls|cancel|refund (?:it|me|my)|return (?:it|them)|where|when|why|how|don'?t (?:even )?want|hate|dread\w*|sad)\b/i;

/**
 * Anger or a complaint about to be made, given up because the goods came: "I was ready to be
 * mad but it's here 😅", "was about to complain and it just turned up", "i was gonna chase
 * this but it arrived lol".
 */
const ANGER_GIVEN_UP =
  /\b(?:was|were|i'?d been)\s+(?:so\s+|just\s+|literally\s+|all\s+)?(?:ready|about|going|gonna|set|this close|so close)\s+to\s+(?:be\s+(?:mad|angry|annoyed|furious|upset|livid)|get\s+(?:mad|angry|annoyed)|complain|kick off|rage|yell|shout|chase|moan|rant|lose it|leave (?:a )?(?:bad|1[- ]star|one[- ]star) review|write (?:a |an )?(?:complaint|angry|stern)|email|call|message)\b[^.!?]*?\b(?:but|and|then|when)\b[^.!?]*?(?:\b(?:it'?s|its|they'?re|theyre|it is|they are)\s+(?:finally\s+|just\s+)?here\b|\b(?:arrived|came|turned up|showed up|got here|was delivered|were delivered)\b)/i;

/** A worry put right by us: "I was so worried about the vacuum but you sorted it". */
const WORRY_SORTED =
  /\b(?:was|were|i'?d been|had been)\s+(?:so\s+|really\s+|a (?:bit|little)\s+|quite\s+|kinda\s+)?(?:worried|stressed|anxious|panicking|nervous|freaking out)\b[^.!?]*?\bbut\s+(?:you|u|ya|you guys|your team|y'?all)\s+(?:(?:have|'ve)\s+)?(?:sorted|fixed|solved|handled|sorted out|took care of|taken care of|figured out)\b/i;

/** Whether the message only tells that a worry is over (with thanks or not). */
export function reliefTold(text: string): boolean {
  const plain = text.replace(/[‘’]/g, "'");
  const over = RELIEF.test(plain) || ANGER_GIVEN_UP.test(plain) || WORRY_SORTED.test(plain) ||
    (ALL_GOOD.test(plain) && CAME.test(plain));
  if (plain.length > 200 || !over) return false;
  return !STILL_WRONG.test(plain.replace(PAST_WORRY, " "));
}
