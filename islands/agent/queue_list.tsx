/**
 * The handoff queue: priority, customer, age, summary, sentiment, urgency, intent and
 * the draft reply of each conversation handed to a human.
 */
import type { HandoffItem } from "../shared/api_types.ts";
import { age, humanize } from "../shared/format.ts";

/** Which handoffs the queue shows. */
export type QueueFilter = "open" | "closed" | "all";

/** Props of `QueueList`. */
export interface QueueListProps {
  items: readonly HandoffItem[];
  filter: QueueFilter;
  onFilter: (f: QueueFilter) => void;
  selected: string | null;
  onOpen: (item: HandoffItem) => void;
  loaded: boolean;
  now: number;
}

const FILTERS: { value: QueueFilter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "all", label: "All" },
];

/** Whether a handoff belongs in the filtered list. */
export function inFilter(h: HandoffItem, f: QueueFilter): boolean {
  if (f === "all") return true;
  // A handoff the customer withdrew is over, as a closed one is.
  const over = h.status === "closed" || h.status === "withdrawn";
  return f === "closed" ? over : !over;
}

/**
 * The cards of a filter: one per conversation, its newest handoff in the filter (a
 * conversation handed back and handed over again keeps one card), in the list's order.
 */
export function cardsFor(items: readonly HandoffItem[], f: QueueFilter): HandoffItem[] {
  const newest = new Map<string, HandoffItem>();
  for (const h of items) {
    if (!inFilter(h, f)) continue;
    const had = newest.get(h.conversation_id);
    if (!had || h.created_at > had.created_at) newest.set(h.conversation_id, h);
  }
  return items.filter((h) => newest.get(h.conversation_id) === h);
}

/** The summary without its "Reason: …" part, which the card shows on a line of its own. */
export function summaryWithoutReason(summary: string, reason: string): string {
  return summary.replace(`Reason: ${reason}. `, "").replace(`. Reason: ${reason}`, "");
}

/** The queue with its filter. */
export function QueueList(
  { items, filter, onFilter, selected, onOpen, loaded, now }: QueueListProps,
) {
  return (
    <section class="queue" aria-labelledby="queue-title">
      <div class="queue__head">
        <h2 id="queue-title">
          Handoffs <span class="count" aria-label={`${items.length} shown`}>{items.length}</span>
        </h2>
        <div class="segmented" role="radiogroup" aria-label="Show">
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              role="radio"
              aria-checked={filter === f.value}
              class={filter === f.value ? "is-on" : ""}
              onClick={() => onFilter(f.value)}
            >
              {f.label}
            </button>
          ))}
        </div>
      </div>
      {loaded && items.length === 0 && (
        <p class="empty">
          Nothing here. Conversations handed to a human appear within two seconds.
        </p>
      )}
      <ul class="queue__list">
        {items.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              class={`ticket${selected === h.conversation_id ? " is-selected" : ""}`}
              aria-current={selected === h.conversation_id ? "true" : undefined}
              onClick={() => onOpen(h)}
              data-handoff={h.id}
            >
              <span class="ticket__top">
                <span class={`prio prio--${h.priority}`}>{h.priority}</span>
                <span class="ticket__who">{h.customer ?? "Guest"}</span>
                <span class="ticket__age">{age(h.created_at, now)}</span>
              </span>
              <span class="ticket__reason">
                <span class="ticket__reason-label">Reason:</span> {h.reason}
              </span>
              {h.summary && (
                <span class="ticket__summary">{summaryWithoutReason(h.summary, h.reason)}</span>
              )}
              <span class="ticket__tags">
                <span class="tag">{humanize(h.intent)}</span>
                {h.sentiment && (
                  <span class={`tag tag--${h.sentiment}`}>{humanize(h.sentiment)}</span>
                )}
                {h.urgency && (
                  <span class={`tag tag--urgency-${h.urgency}`}>Urgency: {h.urgency}</span>
                )}
                <span class={`tag tag--status-${h.status}`}>
                  {h.status === "claimed" && h.assigned_to
                    ? `Claimed by ${h.assigned_to}`
                    : humanize(h.status)}
                </span>
              </span>
              {h.draft_reply && (
                <span class="ticket__draft">
                  <span class="ticket__draft-label">Draft:</span> {h.draft_reply}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
