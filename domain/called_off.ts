/**
 * "Never mind the person, I'm sorted", "no need for an agent anymore": a customer waiting for
 * a person who no longer needs one. A queued handoff is withdrawn (it leaves the agents'
 * queue, their words kept on it), and the reply says so instead of reporting the queue again.
 */
import { asksForPerson } from "./intents.ts";

/** Calling the person off, in words. */
const CALLED_OFF =
  /\b(?:never ?mind|nvm|no need|don'?t need|do not need|no longer need|doesn'?t need|cancel|forget)\b[^.!?]*\b(?:person|agent|human|someone|somebody|anyone|colleague|team|operator|rep|representative|them|that)\b|\b(?:i'?m|im|i am|all|it'?s|its) (?:sorted|fixed|resolved|good now|fine now|ok now|okay now)\b|\b(?:figured it out|worked it out|sorted it(?: out)?|got it working|found it)\b|\bno (?:longer|more) (?:need|waiting)\b/i;

/** "Actually never mind, where is my keyboard": a leading never mind, while a person is awaited. */
const LEADING_NEVER_MIND =
  /^\s*(?:(?:actually|oh|ok(?:ay)?|hmm+|wait)\b[\s,.!-]*)*(?:never ?mind|nvm)\b/i;

/** The same in the languages our colleagues speak: "en fait non, c'est bon", "ya no hace falta". */
const CALLED_OFF_ELSEWHERE =
  /(?:^|[\s,.!])(?:en fait non|c'?est bon|plus besoin|laissez tomber|laisse tomber|finalement non|ya no (?:hace falta|lo necesito|necesito)|no hace falta|olvídalo|olvidalo|déjalo|dejalo|ya está resuelto|hat sich erledigt|nicht mehr nötig|schon erledigt|vergiss es|vergessen sie es)(?=$|[\s,.!])/i;

/** "Actually could you just do it", "can't you do it yourself?": the assistant, not a person. */
const DO_IT_YOURSELF =
  /\b(?:can'?t|cant|could|can|cn|would|will)\s+(?:you|u)\s+(?:not\s+)?(?:just\s+)?(?:do|sort|handle|fix|deal with)\s+(?:it|that|this)(?:\s+(?:yourself|for me|here|now))?\s*[?!.]*$|\b(?:just\s+)?do it yourself\b/i;

/** "Actually you can help me", "ok you'll do", "I'll stick with you": the assistant will do. */
const ASSISTANT_WILL_DO =
  /\b(?:you|u) (?:can|could|might be able to) (?:probably |prob |just |actually |prolly )?(?:help|handle|sort|do|deal with|fix)\b(?![^.!?]*\?)|\b(?:you'?ll|you will|u'?ll) do\b|\b(?:i'?ll|let me|let'?s|i can) (?:just )?(?:try|stick|go|carry on|continue|stay|keep going) (?:it )?with (?:you|u|the bot|the assistant|this chat|the chat)\b/i;

/** Doubt before it ("I doubt you can help"), or a question of it ("what you can do"). */
const DOUBTED =
  /\b(?:doubt|don'?t think|dont think|not sure|no way|if only|wish)\b[^.!?]*\b(?:you|u)\b|\b(?:what|how|if|whether|which|whatever)\s+(?:you|u)\s+(?:can|could)\b/i;

/** Whether the message says the assistant will do instead of the person. */
function assistantWillDo(text: string): boolean {
  return ASSISTANT_WILL_DO.test(text) && !DOUBTED.test(text);
}

/** Whether the message says the person asked for is no longer needed. */
export function callsOffPerson(text: string): boolean {
  return CALLED_OFF.test(text) || LEADING_NEVER_MIND.test(text) ||
    CALLED_OFF_ELSEWHERE.test(text) || DO_IT_YOURSELF.test(text) || assistantWillDo(text);
}

/** Whether the message asks the assistant to do it instead of the person. */
export function asksAssistantInstead(text: string): boolean {
  return DO_IT_YOURSELF.test(text) || assistantWillDo(text);
}

/**
 * Whether the message only asks the assistant to do it ("can you fix it?") and calls no person
 * off in words: a person the store brought in (a double charge, a complaint) stays.
 */
export function onlyAsksAssistant(text: string): boolean {
  return asksAssistantInstead(text) && !CALLED_OFF.test(text) && !LEADING_NEVER_MIND.test(text) &&
    !CALLED_OFF_ELSEWHERE.test(text);
}

/** "don't need a person": no request for one ("need a person" would read as one). */
const NEGATED_NEED =
  /\b(?:don'?t|do not|dont|no longer|doesn'?t|won'?t)\s+(?:really\s+)?(?:need|want)\b/gi;

/** Still waiting for the person, only without the hurry: "I'll wait", "no rush". */
const STILL_WAITING =
  /\b(?:i'?ll|i will|i can|happy to|i don'?t mind(?: to)?|i'?m happy to)\s+(?:just\s+)?wait\b|\btake (?:your|ur|their) time\b|\bno (?:rush|hurry)\b/i;

/** The person named as the one called off: "the request for a human", "the agent". */
const PERSON_NAMED =
  /\b(?:person|agent|human|someone|somebody|colleague|operator|rep|representative|real person|team member)\b/i;
/** "Never mind, you can do it": the assistant asked to do it in the person's place. */
const YOU_DO_IT = /\byou(?: can| could|'ll| will)? (?:do|handle|sort) (?:it|this|that)\b/i;

/**
 * Whether the message withdraws the request for a person: it calls them off and asks for
 * none in the same breath ("I don't need a refund, I need a person" asks for one). With a
 * change waiting for a yes, a bare "never mind" is about that change: the person must be named.
 */
export function withdrawsPerson(text: string, opts: { pendingChange: boolean }): boolean {
  if (!callsOffPerson(text) || asksForPerson(text.replace(NEGATED_NEED, " "))) return false;
  // "Never mind, I'll wait": they still want the person, only without the hurry.
  if (STILL_WAITING.test(text)) return false;
  return !opts.pendingChange || PERSON_NAMED.test(text) || YOU_DO_IT.test(text);
}
