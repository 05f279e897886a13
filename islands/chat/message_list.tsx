/**
 * The conversation: customer on the right, assistant on the left, human agents labelled;
 * action results as small cards; a polite live region so new messages are read out.
 */
import { useEffect, useRef } from "preact/hooks";
import type { Entry } from "./transcript.ts";
import type { ActionInfo } from "../shared/api_types.ts";
import { clockTime, humanize } from "../shared/format.ts";

/** Props of `MessageList`. */
export interface MessageListProps {
  entries: readonly Entry[];
  onRetry: (entry: Entry) => void;
}

const WHO: Record<Entry["role"], string> = {
  customer: "You",
  assistant: "Assistant",
  agent: "Support specialist",
  system: "Notice",
};

function ActionCard({ action }: { action: ActionInfo }) {
  const tone = action.status === "done"
    ? "ok"
    : action.status === "refused" || action.status === "failed"
    ? "bad"
    : "info";
  return (
    <li class={`action action--${tone}`}>
      <span class="action__head">
        <span class="action__type">{humanize(action.type)}</span>
        {action.order_id && <span class="action__order">{action.order_id}</span>}
        <span class="action__status">{humanize(action.status)}</span>
      </span>
      {action.detail && <span class="action__detail">{action.detail}</span>}
    </li>
  );
}

function Message({ entry, onRetry }: { entry: Entry; onRetry: (e: Entry) => void }) {
  if (entry.role === "system") {
    return (
      <li class="msg msg--system">
        <span class="sr-only">Notice:</span>
        {entry.text}
      </li>
    );
  }
  const who = entry.role === "agent" && entry.agent
    ? `${entry.agent} · ${WHO.agent}`
    : WHO[entry.role];
  return (
    <li class={`msg msg--${entry.role}`} data-seq={entry.seq ?? undefined}>
      {entry.role !== "customer" && (
        <span class="msg__who">
          {entry.role === "agent" && <span class="badge badge--agent">Human</span>}
          {who}
        </span>
      )}
      {entry.role === "customer" && <span class="sr-only">You:</span>}
      <div class="msg__bubble">
        <p class="msg__text">{entry.text}</p>
        {entry.actions && entry.actions.length > 0 && (
          <ul class="actions" aria-label="What was done">
            {entry.actions.map((a, i) => <ActionCard key={i} action={a} />)}
          </ul>
        )}
      </div>
      <span class="msg__meta">
        {entry.status === "sending" && <span>Sending…</span>}
        {entry.status === "failed" && (
          <>
            <span class="msg__failed">Not sent.</span>{" "}
            <button type="button" class="link-btn" onClick={() => onRetry(entry)}>Retry</button>
          </>
        )}
        {entry.status !== "sending" && entry.status !== "failed" && (
          <time dateTime={entry.created_at}>{clockTime(entry.created_at)}</time>
        )}
      </span>
    </li>
  );
}

/** The list of messages; keeps the newest in view. */
export function MessageList({ entries, onRetry }: MessageListProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current?.parentElement;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  return (
    <div
      ref={ref}
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label="Conversation"
    >
      <ol class="messages">
        {entries.length === 0 && (
          <li class="msg msg--system msg--hint">
            Ask anything, for example “Where is my order?” or “I'd like to return an item”.
          </li>
        )}
        {entries.map((e) => <Message key={e.key} entry={e} onRetry={onRetry} />)}
      </ol>
    </div>
  );
}
