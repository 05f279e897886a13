/**
 * The mesh's wire format: how a message travels on the bus (JSON bytes), the header on a
 * reply the mesh could not finish, and the progress events sent to the gateway as each
 * step finishes, on the subject that goes with its reply subject.
 */
import { type HistoryEntry, Message } from "../shared/protocol.ts";
import { describeError } from "../shared/errors.ts";
import type { TurnDone } from "../shared/bus/types.ts";

/** Header on a reply whose turn could not be finished by the mesh at all. */
export const OUTCOME_HEADER = "Mesh-Outcome";

/** Progress event sent to the gateway as each step finishes. */
export interface ProgressEvent {
  message_id: string;
  conversation_id: string;
  actor: string;
  outcome: HistoryEntry["outcome"];
  ms: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodes a message for the bus. */
export function encodeMessage(msg: Message): Uint8Array {
  return encoder.encode(JSON.stringify(msg));
}

/** The progress subject that goes with a reply subject (`mesh.reply.X` → `mesh.progress.X`). */
export function progressSubjectFor(replyTo: string): string {
  return replyTo.replace(/^mesh\.reply\./, "mesh.progress.");
}

/** Encodes a progress event for the gateway. */
export function encodeProgress(event: ProgressEvent): Uint8Array {
  return encoder.encode(JSON.stringify(event));
}

/** Decodes a message from the bus; null when it is not a valid envelope. */
export function decodeMessage(data: Uint8Array): Message | null {
  try {
    const parsed = Message.safeParse(JSON.parse(decoder.decode(data)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Why `data` is not a valid envelope, for the dead letter. */
export function invalidEnvelopeReason(data: Uint8Array): string {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(data));
  } catch (err) {
    return `invalid envelope: not JSON (${describeError(err)})`;
  }
  const parsed = Message.safeParse(raw);
  const issue = parsed.success ? null : parsed.error.issues[0];
  return `invalid envelope: ${
    issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "unknown"
  }`;
}

/** The bytes of a message, as text, for a dead letter (cut to 64 KiB). */
export function deadLetterText(data: Uint8Array): string {
  return decoder.decode(data).slice(0, 65_536);
}

/** The progress event of a step that finished `entry` of `msg`. */
export function progressOf(msg: Message, entry: HistoryEntry): ProgressEvent {
  return {
    message_id: msg.id,
    conversation_id: msg.conversation_id,
    actor: entry.actor,
    outcome: entry.outcome,
    ms: entry.ms,
  };
}

/** The end of a turn as every gateway hears it (`doneSubject`). */
export function encodeDone(msg: Message): Uint8Array {
  const done: TurnDone = { message_id: msg.id, reply_to: msg.reply_to! };
  return encoder.encode(JSON.stringify(done));
}
