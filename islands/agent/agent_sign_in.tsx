/**
 * Sign-in of the agent console: the agent token and a display name.
 */
import { useState } from "preact/hooks";
import type { AgentAuth } from "./api.ts";
import { listHandoffs } from "./api.ts";

/** Props of `AgentSignIn`. */
export interface AgentSignInProps {
  onSignedIn: (auth: AgentAuth) => void;
  notice?: string | null;
}

/** The agent console's sign-in form; checks the token before accepting it. */
export function AgentSignIn({ onSignedIn, notice }: AgentSignInProps) {
  const [token, setToken] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const auth = { token: token.trim(), name: name.trim() || "Support agent" };
    if (!auth.token) {
      setError("Enter the agent token");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await listHandoffs(auth, "queued");
      onSignedIn(auth);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <section class="card agent-signin" aria-labelledby="agent-signin-title">
      <h2 id="agent-signin-title">Sign in to the agent console</h2>
      {notice && <p class="notice" role="status">{notice}</p>}
      <form onSubmit={submit} class="stack">
        <div class="field">
          <label for="agent-name" class="field-label">Your name</label>
          <input
            id="agent-name"
            autocomplete="name"
            placeholder="e.g. Alex"
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
          <p class="help">Customers see this name next to your messages.</p>
        </div>
        <div class="field">
          <label for="agent-token" class="field-label">Agent token</label>
          <input
            id="agent-token"
            type="password"
            autocomplete="current-password"
            required
            value={token}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setToken((e.target as HTMLInputElement).value)}
          />
          <p class="help">The gateway's AGENT_TOKEN. Kept for this tab only.</p>
        </div>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="btn btn--primary" disabled={busy}>
          {busy ? "Checking…" : "Sign in"}
        </button>
      </form>
    </section>
  );
}
