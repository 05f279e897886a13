/**
 * What the page says while the mesh works, when the server sends no label of its own.
 */

const LABELS: Record<string, string> = {
  sentiment: "Reading your message…",
  intent: "Understanding your request…",
  context: "Checking your order…",
  decision_router: "Deciding how best to help…",
  response: "Writing a reply…",
  guardrail: "Double-checking the answer…",
  execution: "Updating your order…",
  escalation_router: "Getting you help…",
  aggregator: "Almost there…",
};

/** The label to show for a progress event. */
export function progressLabel(actor: string, label: string | null | undefined): string {
  const given = label?.trim();
  if (given && given.toLowerCase() !== "done") return given;
  return LABELS[actor] ?? "Working on it…";
}
