/**
 * The chat island: sign-in, then the conversation. Rendered on the server (signed out)
 * and hydrated in the browser, where a stored session is picked up again.
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import { loadStored, saveStored } from "../shared/http.ts";
import { sessionAlive, type StoredSession } from "./api.ts";
import { SignIn } from "./sign_in.tsx";
import { ChatView } from "./chat_view.tsx";

/** Props of the chat island (serialised into the page). */
export interface ChatAppProps {
  /** Compact mode inside the widget's iframe. */
  embed: boolean;
  /** Longest message in characters. */
  maxChars: number;
}

const KEY = "support-mesh.session";

function closeWidget(): void {
  const w = globalThis as unknown as Window;
  if (w.parent && w.parent !== w) w.parent.postMessage({ type: "support-mesh:close" }, "*");
}

/** The chat island. */
export function ChatApp({ embed, maxChars }: ChatAppProps) {
  const [session, setSession] = useState<StoredSession | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const stored = loadStored<StoredSession>(KEY);
    if (sessionAlive(stored)) setSession(stored);
    else saveStored(KEY, null);
  }, []);

  useEffect(() => {
    if (!embed) return;
    // Inside the widget, Escape closes the panel (the shop's page cannot see our keys).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") closeWidget();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [embed]);

  const signedIn = useCallback((s: StoredSession) => {
    saveStored(KEY, s);
    setNotice(null);
    setSession(s);
  }, []);
  const signOut = useCallback(() => {
    saveStored(KEY, null);
    setSession(null);
  }, []);
  const expired = useCallback(() => {
    saveStored(KEY, null);
    setSession(null);
    setNotice("Your session has ended. Sign in again to continue.");
  }, []);

  return (
    <div class={`chat-app${embed ? " chat-app--embed" : ""}`}>
      {embed && (
        <header class="embed-head">
          <span class="embed-head__logo" aria-hidden="true">S</span>
          <span class="embed-head__title">
            <strong>Support Mesh demo store</strong>
            <span>We usually answer in seconds</span>
          </span>
          <button
            type="button"
            class="icon-btn"
            aria-label="Close chat"
            onClick={closeWidget}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2" fill="none" />
            </svg>
          </button>
        </header>
      )}
      {session
        ? <ChatView session={session} maxChars={maxChars} onSignOut={signOut} onExpired={expired} />
        : <SignIn onSignedIn={signedIn} notice={notice} />}
    </div>
  );
}
