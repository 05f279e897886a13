/**
 * Scoring the confirmation reader on a labelled set of replies to a pending change
 * (`tests/data/confirmation_replies*.jsonl`): precision and recall per label and the
 * confusion matrix. The figure that matters is affirm's precision: a reply read as a yes
 * that was not one carries out a change nobody agreed to.
 */
import { z } from "zod";
import { ActionType, ConfirmationReply, createMessage } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import { intentActor, type IntentDeps } from "../actors/intent.ts";

/** One labelled reply: its text, its label and the pending change it answers. */
export const ConfirmationCase = z.object({
  text: z.string(),
  label: ConfirmationReply,
  /** The kind of the pending change; default `cancel_order`. */
  pending: ActionType.default("cancel_order"),
  /** The pending change's order, if it has one. */
  order: z.string().nullable().default(null),
});
export type ConfirmationCase = z.infer<typeof ConfirmationCase>;

/** Precision and recall of one label. */
export interface LabelScore {
  precision: number | null;
  recall: number | null;
  /** How many replies carry the label. */
  n: number;
}

/** The scores of a set. */
export interface ConfirmationScores {
  n: number;
  accuracy: number;
  labels: Record<ConfirmationReply, LabelScore>;
  /** `confusion[label][read]`: replies of `label` read as `read`. */
  confusion: Record<ConfirmationReply, Record<ConfirmationReply, number>>;
  /** Every reply read wrongly, with what it was read as. */
  misread: { text: string; label: ConfirmationReply; read: ConfirmationReply }[];
}

/** Reads a JSON-lines file of labelled replies. */
export async function loadConfirmationCases(path: string | URL): Promise<ConfirmationCase[]> {
  const text = await Deno.readTextFile(path);
  return text.split("\n").filter((l) => l.trim() !== "").map((l, i) => {
    const parsed = ConfirmationCase.safeParse(JSON.parse(l));
    if (!parsed.success) {
      throw new Error(`Cannot read line ${i + 1} of ${path}: ${parsed.error.issues[0]?.message}`);
    }
    return parsed.data;
  });
}

/** Scores `read` (which gives a reply's reading) on the cases. */
export async function scoreConfirmations(
  cases: readonly ConfirmationCase[],
  read: (c: ConfirmationCase) => ConfirmationReply | Promise<ConfirmationReply>,
): Promise<ConfirmationScores> {
  const labels = ConfirmationReply.options;
  const confusion = Object.fromEntries(
    labels.map((l) => [l, Object.fromEntries(labels.map((r) => [r, 0]))]),
  ) as ConfirmationScores["confusion"];
  const misread: ConfirmationScores["misread"] = [];
  for (const c of cases) {
    const got = await read(c);
    confusion[c.label][got]++;
    if (got !== c.label) misread.push({ text: c.text, label: c.label, read: got });
  }
  const score = (l: ConfirmationReply): LabelScore => {
    const right = confusion[l][l];
    const readAs = labels.reduce((s, k) => s + confusion[k][l], 0);
    const n = labels.reduce((s, k) => s + confusion[l][k], 0);
    return {
      precision: readAs === 0 ? null : right / readAs,
      recall: n === 0 ? null : right / n,
      n,
    };
  };
  const right = labels.reduce((s, l) => s + confusion[l][l], 0);
  return {
    n: cases.length,
    accuracy: cases.length === 0 ? 0 : right / cases.length,
    labels: Object.fromEntries(labels.map((l) => [l, score(l)])) as ConfirmationScores["labels"],
    confusion,
    misread,
  };
}

/**
 * Reads a case as the intent actor reads a reply in a session whose `pending` change
 * waits for it: the actor's own `process`, so the score is the mesh's.
 */
export async function readAsIntentActor(
  c: ConfirmationCase,
  o: { deps: IntentDeps; now: Date },
): Promise<ConfirmationReply> {
  const pending = {
    id: "pending-eval",
    action: { type: c.pending, order_id: c.order, params: {}, requires_confirmation: true },
    proposed_in: "proposal-eval",
    expires_at: new Date(o.now.getTime() + 600_000).toISOString(),
    summary: `${c.pending.replaceAll("_", " ")} ${c.order ?? ""}`.trim(),
  };
  const msg = createMessage({
    text: c.text,
    conversationId: "confirmation-eval",
    channel: "test",
    session: { session_id: "s-eval", customer_id: "CUST-EVAL", pending_action: pending },
    now: o.now,
  });
  const ctx = {
    signal: new AbortController().signal,
    log: silentLogger,
    now: () => o.now,
    deliveryCount: 1,
  };
  const intent = (await intentActor.process(msg, o.deps, ctx)).enrichment;
  if (!intent?.confirmation) {
    throw new Error(`Cannot score "${c.text}": the intent actor gave no confirmation reading`);
  }
  return intent.confirmation;
}
