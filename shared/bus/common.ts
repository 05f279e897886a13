/**
 * Pieces both bus adapters share: name checks, subject matching, the handoff wrapper and
 * the reason written when a message runs out of deliveries.
 */
import { Handoff } from "../protocol.ts";
import { describeError } from "../errors.ts";
import {
  type Bus,
  type Delivery,
  type DeliveryHandler,
  GIVEN_UP_SUBJECT,
  type GivenUp,
} from "./types.ts";

/** The reason written on a message dropped after its last allowed delivery. */
export const MAX_DELIVERIES_REASON = "max deliveries reached";

/** Announces a work message given up after its last delivery (see `GIVEN_UP_SUBJECT`). */
export function announceGivenUp(bus: Bus, messageId: string, subject: string): void {
  const notice: GivenUp = { message_id: messageId, subject };
  bus.notify(GIVEN_UP_SUBJECT, new TextEncoder().encode(JSON.stringify(notice)));
}

/** Default of `ConsumeOptions.concurrency`. */
export const DEFAULT_CONCURRENCY = 64;
/** Shared empty header set. */
export const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});
const ACTOR_NAME = /^[A-Za-z0-9_-]+$/;

/** Throws unless `actor` is usable as the one token after `mesh.`. */
export function assertActorName(actor: string): void {
  if (!ACTOR_NAME.test(actor)) {
    throw new TypeError(
      `Cannot use actor name "${actor}": only letters, digits, "_" and "-" are allowed`,
    );
  }
}

/** True when `subject` matches the NATS `pattern` (`*` one token, `>` the rest). */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === ">") return s.length > i;
    if (i >= s.length) return false;
    if (p[i] !== "*" && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}

/** The subject a handoff is stored under on the handoff stream. */
export function handoffSubject(handoff: Handoff): string {
  return `mesh_handoff.${handoff.priority}`;
}

/** Wraps a handoff handler: parses the handoff; an unreadable one is dead-lettered. */
export function handoffHandler(
  handler: (handoff: Handoff, delivery: Delivery) => Promise<void>,
  bus: Bus,
): DeliveryHandler {
  return async (delivery) => {
    const text = new TextDecoder().decode(delivery.data);
    let parsed: ReturnType<typeof Handoff.safeParse>;
    try {
      parsed = Handoff.safeParse(JSON.parse(text));
    } catch (err) {
      parsed = { success: false, error: err } as ReturnType<typeof Handoff.safeParse>;
    }
    if (!parsed.success) {
      delivery.term();
      await bus.deadLetter({
        subject: delivery.subject,
        reason: `invalid handoff: ${describeError(parsed.error)}`,
        data: text,
        deliveries: delivery.deliveryCount,
        at: new Date().toISOString(),
      });
      return;
    }
    await handler(parsed.data, delivery);
  };
}
