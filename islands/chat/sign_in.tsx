/**
 * The chat's sign-in: one-click demo customers, or any email (a guest).
 */
import { useState } from "preact/hooks";
import type { StoredSession } from "./api.ts";
import { createSession } from "./api.ts";

/** The demo cast offered as one-click choices. */
export const DEMO_CAST = [
  {
    email: "sarah.chen@example.com",
    name: "Sarah Chen",
    tier: "Gold",
    hint: "3 orders, one in transit",
  },
  {
    email: "mike.johnson@example.com",
    name: "Mike Johnson",
    tier: "Standard",
    hint: "a delayed parcel",
  },
  { email: "emma.wilson@example.com", name: "Emma Wilson", tier: "VIP", hint: "a lost package" },
] as const;

/** Props of `SignIn`. */
export interface SignInProps {
  onSignedIn: (session: StoredSession) => void;
  /** A message to show above the form (e.g. an expired session). */
  notice?: string | null;
}

/** Sign-in form of the chat. */
export function SignIn({ onSignedIn, notice }: SignInProps) {
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(address: string) {
    const value = address.trim();
    if (!value) {
      setError("Enter your email address to start");
      return;
    }
    setBusy(value);
    setError(null);
    try {
      onSignedIn(await createSession(value));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(null);
    }
  }

  return (
    <section class="signin" aria-labelledby="signin-title">
      <h2 id="signin-title" class="signin__title">Hi there! How can we help?</h2>
      <p class="signin__lead">
        Ask about an order, a return or a refund. Our assistant answers in seconds and a specialist
        steps in when needed.
      </p>
      {notice && <p class="notice" role="status">{notice}</p>}
      <h3 class="signin__sub" id="cast-title">Try it as a demo customer</h3>
      <ul class="cast" aria-labelledby="cast-title">
        {DEMO_CAST.map((c) => (
          <li key={c.email}>
            <button
              type="button"
              class="cast__btn"
              disabled={busy !== null}
              aria-busy={busy === c.email}
              onClick={() => start(c.email)}
            >
              <span class="avatar" aria-hidden="true">{c.name.charAt(0)}</span>
              <span class="cast__who">
                <span class="cast__name">{c.name}</span>
                <span class="cast__hint">{c.email}</span>
                <span class="cast__hint">{c.hint}</span>
              </span>
              <span class={`tier tier--${c.tier.toLowerCase()}`}>{c.tier}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        class="signin__form"
        onSubmit={(e) => {
          e.preventDefault();
          start(email);
        }}
      >
        <label for="signin-email" class="field-label">Or continue with your email</label>
        <div class="signin__row">
          <input
            id="signin-email"
            type="email"
            name="email"
            autocomplete="email"
            inputMode="email"
            required
            placeholder="you@example.com"
            value={email}
            aria-describedby="signin-help"
            aria-invalid={error ? true : undefined}
            onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="btn btn--primary" disabled={busy !== null}>
            {busy !== null ? "Starting…" : "Start chat"}
          </button>
        </div>
        <p id="signin-help" class="help">Any other email chats as a guest.</p>
        {error && <p class="error" role="alert">{error}</p>}
      </form>
    </section>
  );
}
