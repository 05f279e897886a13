/**
 * "Oh right, never mind then", "ah ok, forget it", "no worries, leave it", "no thats all": a
 * customer letting the matter go, or done. The sentiment reads the "never" or "forget" as negative, and a VIP saying it
 * was queued for a person as if upset. Said alone, without a complaint or a hurry, it is no
 * upset: it is answered (a change waiting is dropped, nothing else happens). Pure.
 */
import type { Message } from "../../shared/protocol.ts";
import { chatTalk } from "../../domain/chat_talk.ts";

/** What may come before it: "oh right", "ah ok", "hmm well". */
const LEAD = String
  .raw`(?:(?:oh|ah|ahh|ok(?:ay)?|right|alright|hmm+|well|fair enough|i see|got it|ah well|oh well|no|nah|nope)\b[\s,.!-]*)*`;

/** Letting it go: "never mind", "forget it", "no worries", "leave it", "don't bother". */
const LET_GO = String
  .raw`(?:never ?mind|nevermind|nvm|forget (?:it|about it|that)|no worries|not to worry|leave it(?: (?:then|there|for now))?|don'?t (?:worry|bother)(?: about it)?|doesn'?t matter|it'?s (?:fine|ok(?:ay)?|alright)|that'?s (?:fine|ok(?:ay)?|alright)|thats (?:fine|ok(?:ay)?|alright)|(?:that'?s|thats) (?:all|it|everything)(?: for (?:now|today))?|nothing else|all good|i'?m (?:good|fine|all set|sorted))`;

/** What may come after: "then", "thanks", "for now". */
const TAIL = String.raw`(?:[\s,.!-]*(?:then|thanks|thank you|ty|for now|after all|i guess))*`;

const RE = new RegExp(String.raw`^\s*${LEAD}${LET_GO}(?:[\s,.!-]+${LET_GO})*${TAIL}[\s.!]*$`, "i");

/** Whether the turn only lets the matter go, with no complaint or hurry in it. */
export function lettingGo(msg: Message): boolean {
  const s = msg.payload.sentiment;
  // "Sorry wrong chat", "oops, ignore that": a message not meant for us is no upset.
  if (chatTalk(msg.payload.customer_message.text) === "wrong_chat") return true;
  if (s && (s.is_complaint || s.urgency === "high" || s.urgency === "critical")) return false;
  return RE.test(msg.payload.customer_message.text.replace(/[‘’]/g, "'"));
}
