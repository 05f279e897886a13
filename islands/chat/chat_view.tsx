/**
 * A signed-in conversation: status bar, handoff banner, messages, progress, quick
 * replies and the composer.
 */
import { useEffect, useRef } from "preact/hooks";
import type { StoredSession } from "./api.ts";
import { useChat } from "./use_chat.ts";
import { MessageList } from "./message_list.tsx";
import { Composer } from "./composer.tsx";
import { openConfirmation } from "./transcript.ts";
import type { LinkState } from "./live_socket.ts";
import { tierLabel } from "../shared/format.ts";

/** Props of `ChatView`. */
export interface ChatViewProps {
  session: StoredSession;
  maxChars: number;
  onSignOut: () => void;
  onExpired: () => void;
}

const LINK_TEXT: Record<LinkState, string> = {
  online: "Live",
  connecting: "Connecting…",
  offline: "Reconnecting…",
};

function Banner(
  { mode, agent, queued }: { mode: "ai" | "human"; agent: string | null; queued: boolean },
) {
  if (mode === "human") {
    return (
      <p class="banner banner--human">
        <span class="banner__dot" aria-hidden="true" />
        You're chatting with {agent ?? "a support specialist"} from our team.
      </p>
    );
  }
  if (!queued) return null;
  return (
    <p class="banner banner--handoff">
      <span class="banner__dot" aria-hidden="true" />
      A support specialist will join shortly. You can keep writing here meanwhile.
    </p>
  );
}

/** The chat of one session. */
export function ChatView({ session, maxChars, onSignOut, onExpired }: ChatViewProps) {
  const chat = useChat(session, onExpired);
  const input = useRef<HTMLTextAreaElement>(null);
  const confirmation = openConfirmation(chat.entries);
  const who = session.customer?.name ?? session.email;
  const tier = session.customer?.tier ?? "guest";

  useEffect(() => {
    input.current?.focus();
  }, []);

  function quick(text: string) {
    chat.send(text);
    input.current?.focus();
  }

  return (
    <section class="chat" aria-label="Chat with the store">
      <div class="chat__bar">
        <span class="chat__me">
          <span class="avatar avatar--sm" aria-hidden="true">{who.charAt(0).toUpperCase()}</span>
          <span>
            <span class="chat__name">{who}</span>
            <span class={`tier tier--${tier.toLowerCase()}`}>{tierLabel(tier)}</span>
          </span>
        </span>
        <span
          class={`link link--${chat.link}`}
          role="status"
          aria-label={`Connection: ${LINK_TEXT[chat.link]}`}
        >
          <span class="link__dot" aria-hidden="true" />
          {LINK_TEXT[chat.link]}
        </span>
        <button type="button" class="link-btn" onClick={onSignOut}>Sign out</button>
      </div>
      <div class="chat__banner" role="status" aria-live="polite">
        <Banner mode={chat.mode} agent={chat.agent} queued={chat.handoff !== null} />
      </div>
      <div class="chat__scroll">
        <MessageList entries={chat.entries} onRetry={chat.retry} />
      </div>
      <div class="chat__foot">
        <p class="progress" role="status" aria-live="polite">
          {chat.progress && (
            <>
              <span class="typing" aria-hidden="true">
                <i />
                <i />
                <i />
              </span>
              <span class="progress__label">{chat.progress.label}</span>
            </>
          )}
        </p>
        {chat.error && (
          <p class="error error--bar" role="alert">
            {chat.error}{" "}
            <button type="button" class="link-btn" onClick={chat.dismissError}>Dismiss</button>
          </p>
        )}
        {confirmation && (
          <div class="chips" role="group" aria-label={`Confirm: ${confirmation.summary}`}>
            <span class="chips__q">{confirmation.summary}?</span>
            <button
              type="button"
              class="chip chip--yes"
              onClick={() =>
                quick("Yes, go ahead")}
            >
              Yes, go ahead
            </button>
            <button
              type="button"
              class="chip"
              onClick={() =>
                quick("No")}
            >
              No
            </button>
          </div>
        )}
        <Composer onSend={chat.send} maxChars={maxChars} inputRef={input} />
      </div>
    </section>
  );
}
