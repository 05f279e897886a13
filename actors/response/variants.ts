/**
 * Deterministic choice among phrasings: the same message id always picks the same one,
 * so a replayed message gets the same reply.
 */

/** FNV-1a hash of a string, as an unsigned 32-bit number. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Picks one of `options` from the message id and a per-template salt. */
export function pick<T>(options: readonly T[], msgId: string, salt: string): T {
  if (options.length === 0) throw new Error("Cannot pick a phrasing: no options");
  return options[hash32(`${msgId}:${salt}`) % options.length];
}
