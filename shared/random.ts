/**
 * Seeded pseudo-randomness (mulberry32): the demo store's data and faults, training, load
 * generation and data imports give the same result on every run.
 */

/** Returns a function giving numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a), for seeding by a name. */
export function seedOf(text: string): number {
  return [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
}

/** Shuffles `items` in place (Fisher–Yates) with `rand`. */
export function shuffleInPlace<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** A shuffled copy of `items`, the same for the same seed. */
export function shuffled<T>(items: readonly T[], seed: string | number): T[] {
  const copy = [...items];
  shuffleInPlace(copy, mulberry32(typeof seed === "string" ? seedOf(seed) : seed));
  return copy;
}
