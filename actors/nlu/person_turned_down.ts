/**
 * "No, I don't want to talk to anyone, I want the vacuum", "I dont need a human, just fix
 * it": the classifier reads a person in the words that turn one down. What the rest of the
 * message asks is the reading; a message that asks nothing else keeps it (the router and the
 * requests drop a person turned down). Pure.
 */
import type { Intent } from "../../shared/protocol.ts";
import { withoutDeclinedPerson } from "../../domain/person_beside.ts";

/** A reading of the classifier. */
interface Scored {
  intent: Intent;
  confidence: number;
}

/** The reading of what the message asks besides the person it turns down, or `read`. */
export function readPastDeclinedPerson<T extends Scored>(
  read: T,
  text: string,
  classify: (text: string) => T,
): T {
  if (read.intent !== "human_agent") return read;
  const rest = withoutDeclinedPerson(text);
  if (rest === null) return read;
  const again = classify(rest);
  return again.intent === "human_agent" ? read : again;
}
