/**
 * Guests who say who they are. An email typed in the chat is a claim, never proof: no
 * order data follows from it. In demo mode the account's customer gets a one-time code
 * (the demo has no mail: the code is logged at info for the operator, as the mail would
 * carry it), and the guest who types it is signed in — the session is upgraded to that
 * customer. In production the guest is sent to sign in on the shop, whose token starts a
 * customer session. Lives in the gateway because it owns sessions; the mesh never sees
 * the code.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { GatewayServices } from "./services.ts";
import type { ChatReply } from "./replies.ts";
import { sameSecret } from "./auth.ts";
import { typedCode, wrongLengthReply } from "./signin_code.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import {
  asksNewCode,
  type Found,
  latestRequest,
  newEmailAsked,
  rememberedRequest,
} from "./signin_request.ts";

/** How long a code stays valid. */
export const SIGN_IN_CODE_TTL_MS = 10 * 60_000;
/** Wrong codes allowed before the code is void and a new one must be asked for. */
export const SIGN_IN_MAX_ATTEMPTS = 5;

/** What the store keeps of a code sent: never the code itself. */
const PendingCode = z.object({
  customer_id: z.string(),
  email: z.string(),
  name: z.string(),
  hash: z.string(),
  attempts: z.number().int().min(0),
  expires_at: z.number(),
  /** What the guest asked for before signing in, handed to the mesh once signed in. */
  request: z.string().nullable().default(null),
});
type PendingCode = z.infer<typeof PendingCode>;

/** The reply when a guest gives an email in demo mode (the same whether the account exists). */
export const CODE_SENT_REPLY =
  "I've sent a one-time code to the email on that account — type it here to sign in. " +
  "Until then I can't show any order details.";
/** The reply when a guest asks for the code again. */
export const NEW_CODE_REPLY =
  "I've sent a new one-time code to the email on that account — type it here to sign in " +
  "(the earlier code no longer works). Until then I can't show any order details.";
/** The reply when a guest gives an email in production mode. */
export const SIGN_IN_ON_SHOP_REPLY =
  "For your security I can't look up an account from an email typed in the chat. Please " +
  "sign in on the shop and open the chat again — I'll have your orders right here.";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const CODE = /^\s*(?:(?:my |the )?code(?: is)?[:\s]*)?(\d{6})\s*\.?\s*$/i;

function keyOf(sessionId: string): string {
  return `signin:${sessionId}`;
}

function requestKeyOf(sessionId: string): string {
  return `signin_request:${sessionId}`;
}

function mailKeyOf(conversationId: string): string {
  return `signin_mail:${conversationId}`;
}

/** The code mail the demo would have sent, as the agent console shows it. */
export const DemoMail = z.object({
  email: z.string(),
  code: z.string(),
  /** Epoch ms after which the code no longer works. */
  expires_at: z.number(),
});
export type DemoMail = z.infer<typeof DemoMail>;

/**
 * The sign-in code last "mailed" for a conversation (demo mode only: the demo has no mail,
 * so the operator reads it in the agent console), or null.
 */
export async function demoMail(
  s: GatewayServices,
  conversationId: string,
  now: number = Date.now(),
): Promise<DemoMail | null> {
  if (s.config.AUTH_MODE !== "demo") return null;
  const parsed = DemoMail.safeParse(await s.store.cacheGet(mailKeyOf(conversationId)));
  return parsed.success && parsed.data.expires_at > now ? parsed.data : null;
}

function hashOf(sessionId: string, code: string): string {
  return createHash("sha256").update(`${sessionId}:${code}`).digest("hex");
}

/** A six-digit code from a cryptographic source. */
export function newCode(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
  return String(n).padStart(6, "0");
}

/**
 * Handles a guest's turn that gives an email or a code: returns the reply text, or null
 * when the turn is for the mesh. `now` is epoch ms.
 */
export async function guestSignIn(
  s: GatewayServices,
  session: SessionRecord,
  text: string,
  now: number = Date.now(),
): Promise<string | null> {
  if (session.customer_id !== null || session.mode !== "ai") return null;
  // "oh wait its 654321", "12345": typed loosely, read only while a code is awaited.
  const typed = CODE.exec(text)?.[1] ?? typedCode(text);
  if (typed) {
    const raw = await s.store.cacheGet(keyOf(session.session_id));
    const parsed = PendingCode.safeParse(raw);
    if (!parsed.success || parsed.data.expires_at <= now) return null;
    if (typeof typed !== "string" && "wrongLength" in typed) {
      return wrongLengthReply(typed.wrongLength);
    }
    const code = typeof typed === "string" ? typed : typed.code;
    return await checkCode(s, session, { pending: parsed.data, code, now });
  }
  const kept = PendingCode.safeParse(await s.store.cacheGet(keyOf(session.session_id)));
  // "Change my email to x@y.com": the address wanted, not who they are (the mesh answers).
  const email = newEmailAsked(text) ? undefined : EMAIL.exec(text)?.[0].toLowerCase();
  if (!email) {
    // "send me a new code": a new one to the email given, the request still remembered.
    if (!kept.success || !asksNewCode(text)) return null;
    const customer = kept.data.customer_id
      ? await s.storeApi.getCustomerByEmail(kept.data.email)
      : null;
    const request = rememberedRequest(null, await foundRequest(s, session), kept.data.request);
    const to = { email: kept.data.email, request, now };
    await sendCode(s, session, { ...to, customer });
    return NEW_CODE_REPLY;
  }
  if (s.config.AUTH_MODE === "production") return SIGN_IN_ON_SHOP_REPLY;
  const customer = await s.storeApi.getCustomerByEmail(email);
  const found = await foundRequest(s, session);
  const request = rememberedRequest(text, found, kept.success ? kept.data.request : null);
  await sendCode(s, session, { customer, email, request, now });
  return CODE_SENT_REPLY;
}

/** What the guest's turns since the last sign-in turn asked (null when the history cannot say). */
async function foundRequest(s: GatewayServices, session: SessionRecord): Promise<Found> {
  try {
    return latestRequest(await s.history.listMessages(session.conversation_id));
  } catch {
    return null;
  }
}

/** Sends (keeps) a code for an email: a real one for an account, one nobody knows for none. */
async function sendCode(
  s: GatewayServices,
  session: SessionRecord,
  o: {
    customer: { id: string; email: string; name: string } | null;
    email: string;
    request: string | null;
    now: number;
  },
): Promise<void> {
  const { customer, email, request, now } = o;
  if (!customer) {
    // No account: a code nobody knows, kept like a real one (tries, expiry), so that what
    // follows — a code typed, an order asked about — does not tell whether the account exists.
    const nobody: PendingCode = {
      customer_id: "",
      email,
      name: "",
      hash: hashOf(session.session_id, `${newCode()}:${crypto.randomUUID()}`),
      attempts: 0,
      expires_at: now + SIGN_IN_CODE_TTL_MS,
      request,
    };
    await s.store.cacheSet(keyOf(session.session_id), nobody, SIGN_IN_CODE_TTL_MS);
    return;
  }
  const fresh = newCode();
  const pending: PendingCode = {
    customer_id: customer.id,
    email: customer.email,
    name: customer.name,
    hash: hashOf(session.session_id, fresh),
    attempts: 0,
    expires_at: now + SIGN_IN_CODE_TTL_MS,
    request,
  };
  const mail: DemoMail = {
    email: customer.email,
    code: fresh,
    expires_at: now + SIGN_IN_CODE_TTL_MS,
  };
  await s.store.write([
    {
      op: "cacheSet",
      key: keyOf(session.session_id),
      value: pending,
      ttlMs: SIGN_IN_CODE_TTL_MS,
    },
    {
      op: "cacheSet",
      key: mailKeyOf(session.conversation_id),
      value: mail,
      ttlMs: SIGN_IN_CODE_TTL_MS,
    },
  ]);
  // Demo mode has no mail: the log stands in for the customer's inbox.
  s.log.info("Sign-in code sent to a customer (demo mode: shown here instead of mailed)", {
    conversation_id: session.conversation_id,
    customer_id: customer.id,
    code: fresh,
  });
}

/**
 * The request a guest made before signing in, once (read and forgotten): the gateway hands
 * it to the mesh as the signed-in customer's turn. Null when there was none.
 */
export async function takeSignedInRequest(
  s: GatewayServices,
  sessionId: string,
): Promise<string | null> {
  const key = requestKeyOf(sessionId);
  const raw = await s.store.cacheGet(key).catch(() => null);
  if (typeof raw !== "string") return null;
  await s.store.cacheDelete(key).catch(() => {});
  return raw;
}

/**
 * Whether a guest was told a one-time code is on its way and it would still work (so the
 * assistant asks for the code rather than for an email again) — the same whether the email
 * belongs to an account. False when the store cannot say.
 */
export async function codeOutstanding(
  s: GatewayServices,
  session: SessionRecord,
  now: number = Date.now(),
): Promise<boolean> {
  if (session.customer_id !== null) return false;
  const raw = await s.store.cacheGet(keyOf(session.session_id)).catch(() => null);
  const parsed = PendingCode.safeParse(raw);
  return parsed.success && parsed.data.expires_at > now;
}

async function checkCode(
  s: GatewayServices,
  session: SessionRecord,
  o: { pending: PendingCode; code: string; now: number },
): Promise<string> {
  const { pending, code, now } = o;
  const key = keyOf(session.session_id);
  if (!pending.customer_id || !sameSecret(hashOf(session.session_id, code), pending.hash)) {
    const attempts = pending.attempts + 1;
    if (attempts >= SIGN_IN_MAX_ATTEMPTS) {
      await s.store.write([
        { op: "cacheDelete", key },
        { op: "cacheDelete", key: mailKeyOf(session.conversation_id) },
      ]);
      return "That code didn't match, and it no longer works after too many tries. " +
        "Tell me the email address again and I'll send a new one.";
    }
    const ttl = Math.max(1, pending.expires_at - now);
    await s.store.cacheSet(key, { ...pending, attempts }, ttl);
    const left = SIGN_IN_MAX_ATTEMPTS - attempts;
    return `That code doesn't match. Please check it and try again (${left} ${
      left === 1 ? "try" : "tries"
    } left).`;
  }
  // Asked since the code was sent ("where is ORD-1001", "never mind"): that counts now.
  const request = rememberedRequest(null, await foundRequest(s, session), pending.request);
  await s.store.write([
    { op: "cacheDelete", key },
    { op: "cacheDelete", key: mailKeyOf(session.conversation_id) },
    ...(request
      ? [{
        op: "cacheSet" as const,
        key: requestKeyOf(session.session_id),
        value: request,
        ttlMs: 60_000,
      }]
      : []),
  ]);
  await s.store.updateSession(session.session_id, (cur) => ({
    ...cur,
    customer_id: pending.customer_id,
    email: pending.email,
  }));
  s.log.info("Guest signed in with a one-time code", {
    conversation_id: session.conversation_id,
    customer_id: pending.customer_id,
  });
  const first = pending.name.split(/\s+/)[0];
  // With a request remembered, the mesh's answer to it follows this line.
  return request
    ? `Thanks, ${first} — you're signed in.`
    : `Thanks, ${first} — you're signed in. What can I help you with?`;
}

/** The chat reply of a sign-in turn, answered by the gateway itself. */
export function signInReply(conversationId: string, seq: number, text: string): ChatReply {
  return {
    message_id: `signin-${conversationId}-${seq}`,
    reply: text,
    intent: null,
    sentiment: null,
    actions: [],
    pending_confirmation: null,
    handoff: null,
    trace: { outcome: "answered", total_ms: null, actors: [] },
  };
}
