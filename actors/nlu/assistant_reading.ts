/**
 * Questions about the assistant read as what they are (`domain/assistant_asked.ts`): "r u a
 * real person" had read as a request for one (and was handed over), "is this an AI" as a
 * product question; they are small talk, answered by the assistant about itself. "What are
 * my options?" with nothing talked of yet is what the assistant can do, not the ways to pay;
 * while a change waits for a yes, it is a question about that change (no new request). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import type { ConfirmationReading } from "./confirmation.ts";
import { asksOptions, assistantAsked } from "../../domain/assistant_asked.ts";
import { onlyGoodbye } from "./chat_closing.ts";
import { wantsItSorted } from "../../domain/wants_sorted.ts";
import { onlyVents } from "../../domain/vent_only.ts";
import { pushbackReading } from "./pushback_reading.ts";
import { chatTalk } from "../../domain/chat_talk.ts";
import { asPastedOrder } from "./pasted_order.ts";

/** Turns after which "what are my options?" has no topic to be about. */
const NO_TOPIC: ReadonlySet<Intent> = new Set<Intent>([
  "small_talk",
  "feedback",
  "other",
  "affirm",
  "deny",
  "human_agent",
]);

/** Turns after which "one" is a person: we said what we are, or a person was called off. */
const AFTER_PERSON_TALK: ReadonlySet<Intent> = new Set<Intent>(["small_talk", "deny"]);

/** "Ok get me one then", "yes put me through", "actually yes i do want one". */
const PERSON_AFTER =
  /^(?:(?:ok(?:ay)?|yes|yeah|yep|sure|fine|alright|right|then)[\s,.!]+)*(?:(?:please|pls)\s+)?(?:(?:get|give|put|find|connect)\s+me\s+(?:one|through|someone|somebody|to (?:one|them))|i'?d like (?:to (?:speak|talk) to )?one|(?:let me )?(?:speak|talk) to one|(?:actually\s+)?(?:yes\s+)?i (?:do )?(?:want|need) (?:one|a person|someone)(?: after all)?)(?:[\s,]+(?:then|please|pls|now))*[\s.!]*$/i;

/** The confidence of a question about the assistant read by its words. */
const ABOUT_ME_CONFIDENCE = 0.9;

/** The reading of a question about the assistant: small talk; the reading as it was otherwise. */
export function asAssistantQuestion(
  r: IntentEnrichment,
  text: string,
  session: { pending_action: unknown; last_intent?: Intent | null; last_order_id?: string | null },
): IntentEnrichment {
  // "Fine, then what CAN you do?" right after a no: the change pressed again.
  const pushed = pushbackReading(r, text, session);
  if (pushed !== r || session.pending_action || r.source === "conversation") return pushed;
  // "Ok get me one then" right after we said a person is there for the asking.
  if (AFTER_PERSON_TALK.has(session.last_intent ?? "other") && PERSON_AFTER.test(text.trim())) {
    return single(r, text, "human_agent");
  }
  const last = session.last_intent ?? null;
  // "Cya", "ttyl": a goodbye is small talk too (it read as out of scope).
  // "I just want it sorted" with nothing told yet asks what happened, not what we can do.
  // "Can you repeat that?", "sorry wrong chat": about the chat itself (`domain/chat_talk.ts`).
  const about = assistantAsked(text) !== null || onlyGoodbye(text) || chatTalk(text) !== null ||
    (asksOptions(text) && (last === null || NO_TOPIC.has(last)) && !session.last_order_id &&
      !wantsItSorted(text));
  // A pasted order confirmation alone asks where that order stands.
  return about ? single(r, text) : asPastedOrder(r, text);
}

function single(
  r: IntentEnrichment,
  text: string,
  intent: Intent = "small_talk",
): IntentEnrichment {
  return {
    ...r,
    intent,
    confidence: ABOUT_ME_CONFIDENCE,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3),
    requests: [{
      intent,
      confidence: ABOUT_ME_CONFIDENCE,
      text,
      start: 0,
      end: text.length,
    }],
  };
}

/**
 * "What are my options?", "what can you do?" while a change waits: no request of its own
 * (it had read as the ways to pay and left the change asked again beside them) but a
 * question about that change, answered with the choice it leaves. Venting alone ("this is
 * ridiculous 🙄") is no request either: the change is asked again, not replaced.
 */
export function optionsWhilePending(
  reading: ConfirmationReading,
  text: string,
): ConfirmationReading {
  if (reading.label !== "new_request") return reading;
  // "This is ridiculous 🙄" while the investigation waits: venting, no request to replace it.
  if (onlyVents(text)) return { label: "unclear", reason: "vents while it waits", request: null };
  if (!asksOptions(text) && assistantAsked(text) !== "what_you_do") return reading;
  return { label: "unclear", reason: "asks what the options are", request: null };
}
