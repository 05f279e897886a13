/**
 * A conversation's messages as the agent reads them, and the turns the mesh handled.
 */
import { useLayoutEffect, useRef } from "preact/hooks";
import type { StoredMessage, TurnInfo } from "../shared/api_types.ts";
import { clockTime, humanize } from "../shared/format.ts";

const WHO: Record<StoredMessage["role"], string> = {
  customer: "Customer",
  assistant: "AI assistant",
  agent: "Agent",
  system: "System",
};

/**
 * The transcript; opens at the newest message and stays there as messages arrive, for
 * each conversation opened (two conversations may end on the same sequence number).
 */
export function TranscriptView(
  { messages, conversationId }: { messages: readonly StoredMessage[]; conversationId?: string },
) {
  const ref = useRef<HTMLDivElement>(null);
  const last = messages[messages.length - 1]?.seq ?? 0;
  useLayoutEffect(() => {
    if (ref.current) ref.current.scrollTop = ref.current.scrollHeight;
  }, [conversationId, last, messages.length]);
  return (
    <div class="transcript" ref={ref}>
      <div role="log" aria-live="polite" aria-label="Transcript">
        <ol class="messages messages--agent">
          {messages.map((m) => {
            if (m.role === "system") {
              return <li key={m.seq} class="msg msg--system">{m.text}</li>;
            }
            const agent = typeof m.meta?.agent === "string" ? m.meta.agent : null;
            return (
              <li key={m.seq} class={`msg msg--${m.role}`} data-seq={m.seq}>
                <span class="msg__who">
                  {m.role === "agent" && <span class="badge badge--agent">Human</span>}
                  {m.role === "agent" && agent ? `${agent} · Agent` : WHO[m.role]}
                </span>
                <div class="msg__bubble">
                  <p class="msg__text">{m.text}</p>
                </div>
                <span class="msg__meta">
                  <time dateTime={m.created_at}>{clockTime(m.created_at)}</time>
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

/** The turns table, folded by default. */
export function TurnsTable({ turns }: { turns: readonly TurnInfo[] }) {
  if (turns.length === 0) return null;
  return (
    <details class="turns">
      <summary>How the mesh handled {turns.length} turn{turns.length === 1 ? "" : "s"}</summary>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Intent</th>
              <th scope="col">Sentiment</th>
              <th scope="col">Urgency</th>
              <th scope="col">Outcome</th>
              <th scope="col" class="num">ms</th>
            </tr>
          </thead>
          <tbody>
            {turns.map((t) => (
              <tr key={t.message_id}>
                <td>{clockTime(t.created_at)}</td>
                <td>{humanize(t.intent)}</td>
                <td>{humanize(t.sentiment)}</td>
                <td>{humanize(t.urgency)}</td>
                <td>{humanize(t.outcome)}</td>
                <td class="num">{t.total_ms ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
