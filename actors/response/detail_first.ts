/**
 * "Change the address and also speed it up" with no address given: the change that still
 * needs the customer's details (the new address, the item and count) is asked first, and a
 * change ready to propose beside it waits for after it (deferred), so that the reply asks
 * one thing and the address that comes next is read as its answer — not lost to a yes or no
 * about the speed-up proposed in the same breath. Pure.
 */
import { type Draft, LOOKUP_ACTIONS } from "./view.ts";

/** Questions that ask the details a change needs before it can be proposed. */
const DETAILS: ReadonlySet<string> = new Set(["address", "items"]);

/**
 * `sequence` with the first draft asking a change's details moved to its front when another
 * draft proposes a change (`first` is that draft's index, later changes deferred), else as
 * it was with `first` null.
 */
export function detailFirst(
  sequence: readonly number[],
  drafts: readonly Draft[],
): { sequence: number[]; first: number | null } {
  const first = sequence.find((i) => DETAILS.has(drafts[i].asks?.slot ?? "")) ?? null;
  const proposes = sequence.some((i) =>
    i !== first && drafts[i].proposed_actions.some((a) => !LOOKUP_ACTIONS.has(a.type))
  );
  if (first === null || !proposes) return { sequence: [...sequence], first: null };
  return { sequence: [first, ...sequence.filter((i) => i !== first)], first };
}
