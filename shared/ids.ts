/**
 * Message ids: UUID version 7 (RFC 9562) — a millisecond timestamp, then random bits. They
 * sort by creation time, so the SQLite indexes keyed by message id (turns, inbox, the
 * messages' dedupe keys) grow at their end instead of touching a random page per insert.
 */

/** Makes UUIDv7s from a clock, increasing within this generator even in one millisecond. */
export function idGenerator(clock: () => number = Date.now): (now?: number) => string {
  let lastMs = 0;
  let seq = 0;
  return (now = clock()) => {
    if (now <= lastMs) {
      now = lastMs;
      seq++;
    } else {
      lastMs = now;
      seq = 0;
    }
    return uuidV7(now, seq);
  };
}

/** A new UUIDv7, increasing within this process even for ids made in the same millisecond. */
export const newId: (now?: number) => string = idGenerator();

function uuidV7(now: number, seq: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // 48-bit big-endian milliseconds.
  bytes[0] = Math.floor(now / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  // Version 7, then 12 bits of a counter for ids of the same millisecond (rand_a).
  bytes[6] = 0x70 | ((seq >>> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  // Variant 10.
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  let hex = "";
  for (let i = 0; i < 16; i++) {
    hex += HEX[bytes[i]];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += "-";
  }
  return hex;
}

/** Each byte's two hex digits. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
