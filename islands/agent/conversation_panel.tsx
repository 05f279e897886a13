/**
 * One handed-off conversation: what the mesh knew, the live transcript, and the agent's
 * controls (claim, write, hand back to the AI, close).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { AgentConversation, HandoffItem } from "../shared/api_types.ts";
import { humanize } from "../shared/format.ts";
import { usePoll } from "../shared/use_poll.ts";
import { ApiError } from "../shared/http.ts";
import {
  type AgentAuth,
  claim,
  closeConversation,
  getConversation,
  handBack,
  sendAgentMessage,
} from "./api.ts";
import { TranscriptView, TurnsTable } from "./transcript_view.tsx";

/** Props of `ConversationPanel`. */
export interface ConversationPanelProps {
  auth: AgentAuth;
  conversationId: string;
  handoff: HandoffItem | null;
  /** Something changed: refresh the queue. */
  onChanged: () => void;
  onBack: () => void;
  onUnauthorized: () => void;
}

/** The open conversation. */
export function ConversationPanel(props: ConversationPanelProps) {
  const { auth, conversationId, handoff } = props;
  const [conv, setConv] = useState<AgentConversation | null>(null);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setConv(null);
    setText("");
    setError(null);
    setNote(null);
    heading.current?.focus();
  }, [conversationId]);

  usePoll(
    async () => {
      try {
        setConv(await getConversation(auth, conversationId));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) props.onUnauthorized();
        else setError(err instanceof Error ? err.message : String(err));
      }
    },
    1_500,
    [conversationId, auth.token],
  );

  async function act(label: string, fn: () => Promise<unknown>, done: string) {
    setBusy(label);
    setError(null);
    try {
      await fn();
      setNote(done);
      props.onChanged();
      setConv(await getConversation(auth, conversationId));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }

  const status = conv?.conversation.status ?? null;
  const mode = conv?.conversation.mode ?? "ai";
  const closed = status === "closed";
  const queued = handoff?.status === "queued";
  const mine = handoff?.status === "claimed" && handoff.assigned_to === auth.name;

  function send(e?: Event) {
    e?.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    act("send", async () => {
      if (queued && handoff) await claim(auth, handoff.id);
      await sendAgentMessage(auth, conversationId, value);
      setText("");
    }, "Sent to the customer");
  }

  const customer = conv?.conversation.customer ?? handoff?.customer ?? "Guest";
  return (
    <section class="panel" aria-labelledby="panel-title">
      <div class="panel__head">
        <button type="button" class="link-btn panel__back" onClick={props.onBack}>← Queue</button>
        <h2 id="panel-title" tabIndex={-1} ref={heading}>{customer}</h2>
        <span class="panel__badges">
          {handoff && <span class={`prio prio--${handoff.priority}`}>{handoff.priority}</span>}
          <span class={`tag tag--mode-${mode}`}>{mode === "human" ? "Human" : "AI"} mode</span>
          {status && <span class="tag">{humanize(status)}</span>}
        </span>
      </div>
      <div class="panel__actions">
        {queued && (
          <button
            type="button"
            class="btn btn--primary"
            disabled={busy !== null}
            onClick={() =>
              act("claim", () => claim(auth, handoff!.id), "Claimed — the customer now sees you")}
          >
            Claim
          </button>
        )}
        {!queued && handoff?.status === "claimed" && !mine && (
          <span class="help">Claimed by {handoff.assigned_to}</span>
        )}
        {handoff?.status === "withdrawn" && (
          <span class="help">Withdrawn by the customer: no one needs to pick this up</span>
        )}
        <button
          type="button"
          class="btn"
          disabled={busy !== null || closed || mode === "ai"}
          onClick={() =>
            act("handback", () => handBack(auth, conversationId), "Handed back to the AI")}
        >
          Hand back to AI
        </button>
        <button
          type="button"
          class="btn btn--danger"
          disabled={busy !== null || closed}
          onClick={() =>
            act("close", () => closeConversation(auth, conversationId), "Conversation closed")}
        >
          Close
        </button>
        <span role="status" class="panel__note">{note}</span>
      </div>
      {handoff && (
        <div class="brief">
          <p class="brief__summary">{handoff.summary || handoff.reason}</p>
          <dl class="brief__facts">
            <div>
              <dt>Reason</dt>
              <dd>{handoff.reason}</dd>
            </div>
            <div>
              <dt>Intent</dt>
              <dd>{humanize(handoff.intent)}</dd>
            </div>
            <div>
              <dt>Sentiment</dt>
              <dd>{humanize(handoff.sentiment)}</dd>
            </div>
            <div>
              <dt>Urgency</dt>
              <dd>{humanize(handoff.urgency)}</dd>
            </div>
          </dl>
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {conv
        ? <TranscriptView messages={conv.messages} conversationId={conversationId} />
        : <p class="empty">Loading the conversation…</p>}
      {conv && <TurnsTable turns={conv.turns} />}
      <form class="reply" onSubmit={send}>
        <div class="reply__head">
          <label for="agent-reply" class="field-label">Reply to {customer}</label>
          {handoff?.draft_reply && !closed && (
            <button
              type="button"
              class="link-btn"
              onClick={() => setText(handoff.draft_reply ?? "")}
            >
              Use the AI draft
            </button>
          )}
        </div>
        <textarea
          id="agent-reply"
          rows={2}
          value={text}
          disabled={closed}
          placeholder={closed ? "This conversation is closed" : "Write to the customer…"}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) send(e);
          }}
        />
        <div class="reply__row">
          <span class="help">
            Enter sends · Shift+Enter for a new line{queued ? " · sending claims it" : ""}
          </span>
          <button
            type="submit"
            class="btn btn--primary"
            disabled={closed || busy !== null || !text.trim()}
          >
            {busy === "send" ? "Sending…" : "Send"}
          </button>
        </div>
      </form>
    </section>
  );
}
