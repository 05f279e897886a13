/**
 * The agent console island: sign-in, the handoff queue with the open conversation, and
 * the analytics tab.
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { HandoffItem } from "../shared/api_types.ts";
import { ApiError, loadStored, saveStored } from "../shared/http.ts";
import { usePoll } from "../shared/use_poll.ts";
import { type AgentAuth, listHandoffs } from "./api.ts";
import { AgentSignIn } from "./agent_sign_in.tsx";
import { cardsFor, type QueueFilter, QueueList } from "./queue_list.tsx";
import { ConversationPanel } from "./conversation_panel.tsx";
import { AnalyticsView } from "./analytics_view.tsx";

const KEY = "support-mesh.agent";

function Workspace({ auth, onSignOut, onUnauthorized }: {
  auth: AgentAuth;
  onSignOut: () => void;
  onUnauthorized: () => void;
}) {
  const [tab, setTab] = useState<"queue" | "analytics">("queue");
  const [filter, setFilter] = useState<QueueFilter>("open");
  const [items, setItems] = useState<HandoffItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState<HandoffItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());

  const refresh = useCallback(async () => {
    try {
      // All of them, so the open one stays fresh whichever filter is on.
      const list = await listHandoffs(auth, "all");
      setItems(list);
      setLoaded(true);
      setNow(Date.now());
      setError(null);
      // Keep the open handoff's status fresh (claimed, closed) when it is in the list.
      setOpen((o) => (o ? list.find((h) => h.id === o.id) ?? o : o));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else setError(err instanceof Error ? err.message : String(err));
    }
  }, [auth, onUnauthorized]);

  usePoll(refresh, 2_000, [auth.token], tab === "queue");
  const shown = cardsFor(items, filter);

  return (
    <div class="workspace">
      <div class="tabs" role="tablist" aria-label="Console sections">
        {(["queue", "analytics"] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            class={tab === t ? "is-on" : ""}
            onClick={() => setTab(t)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                const next = tab === "queue" ? "analytics" : "queue";
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {t === "queue" ? "Queue" : "Analytics"}
          </button>
        ))}
        <span class="tabs__me">
          Signed in as <strong>{auth.name}</strong>
          <button type="button" class="link-btn" onClick={onSignOut}>Sign out</button>
        </span>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {tab === "queue" && (
        <div
          id="tabpanel-queue"
          role="tabpanel"
          aria-labelledby="tab-queue"
          class={`split${open ? " split--open" : ""}`}
        >
          <QueueList
            items={shown}
            filter={filter}
            onFilter={setFilter}
            selected={open?.conversation_id ?? null}
            onOpen={setOpen}
            loaded={loaded}
            now={now}
          />
          {open
            ? (
              <ConversationPanel
                auth={auth}
                conversationId={open.conversation_id}
                handoff={open}
                onChanged={refresh}
                onBack={() => setOpen(null)}
                onUnauthorized={onUnauthorized}
              />
            )
            : (
              <section class="panel panel--empty" aria-label="No conversation open">
                <p>Pick a conversation from the queue to read it, claim it and reply.</p>
              </section>
            )}
        </div>
      )}
      {tab === "analytics" && (
        <div id="tabpanel-analytics" role="tabpanel" aria-labelledby="tab-analytics">
          <AnalyticsView auth={auth} onUnauthorized={onUnauthorized} />
        </div>
      )}
    </div>
  );
}

/** The agent console island. */
export function AgentConsole() {
  const [auth, setAuth] = useState<AgentAuth | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const stored = loadStored<AgentAuth>(KEY);
    if (stored?.token) setAuth(stored);
  }, []);

  const signedIn = useCallback((a: AgentAuth) => {
    saveStored(KEY, a);
    setNotice(null);
    setAuth(a);
  }, []);
  const signOut = useCallback(() => {
    saveStored(KEY, null);
    setAuth(null);
  }, []);
  const unauthorized = useCallback(() => {
    saveStored(KEY, null);
    setAuth(null);
    setNotice("The agent token was not accepted. Sign in again.");
  }, []);

  return auth
    ? <Workspace auth={auth} onSignOut={signOut} onUnauthorized={unauthorized} />
    : <AgentSignIn onSignedIn={signedIn} notice={notice} />;
}
