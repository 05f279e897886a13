/**
 * What the chat page says while the mesh works: after each actor finishes, the work that
 * comes next. One table for the gateway (which sends the label with each progress event)
 * and the page (which falls back to it when an event carries none); plain data, so the
 * browser bundle can import it.
 */

/** The label shown after `actor` finishes, by actor name. */
export const PROGRESS_LABELS: Readonly<Record<string, string>> = {
  sentiment: "Understanding your request…",
  intent: "Checking your order…",
  context: "Deciding how best to help…",
  decision_router: "Writing a reply…",
  response: "Double-checking the answer…",
  guardrail: "Almost there…",
  execution: "Almost there…",
  escalation_router: "Getting you help…",
  aggregator: "Done",
};

/** Shown for an actor the table does not know. */
export const DEFAULT_PROGRESS_LABEL = "Working on it…";

/**
 * The label to show for a progress event: the one it carries, else the table's. "Done"
 * (the route's end) shows the default, since the reply itself is about to replace it.
 */
export function progressLabel(actor: string, label?: string | null): string {
  const given = label?.trim() || PROGRESS_LABELS[actor];
  if (given && given.toLowerCase() !== "done") return given;
  return DEFAULT_PROGRESS_LABEL;
}
