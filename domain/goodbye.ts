/**
 * A goodbye in chat words and nothing else: "cya", "ttyl", "gtg", "peace out", "laters" read
 * as out of scope ("I'm the store's support assistant, so I can only help with orders…") to
 * a customer leaving. Read as small talk, which the reply answers with a goodbye; while a
 * person is on the way, no upset. Pure.
 */

/** Only a goodbye, with an acknowledgement or thanks around it at most. */
const GOODBYE_ALONE =
  /^(?:(?:ok(?:ay)?|k|kk|thanks?|thx|ty|alright|cool|lol|great|fine|no|nah|nope|(?:no |nah )?(?:it'?s|its) (?:fine|ok(?:ay)?|all good)|all good|never ?mind|nvm|that'?s (?:all|it))[\s,.!]+)*(?:bye(?: bye)?|byee+|goodbye|cya|see ya|see you(?: later| soon| around)?|ttyl|talk (?:to you )?later|laters?|gtg|g2g|got to go|gotta go|peace(?: out)?|take care|night night|good ?night|have a good (?:one|day|night|evening))(?:[\s,.!]+(?:thanks?|thx|ty|mate|then|now|all|x+))*[\s.!👋]*$/iu;

/** Whether the message is only a goodbye. */
export function onlyGoodbye(text: string): boolean {
  return GOODBYE_ALONE.test(text.trim());
}
