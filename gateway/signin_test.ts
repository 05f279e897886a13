import assert from "node:assert/strict";
import { KvStore } from "../shared/store/kv.ts";
import { silentLogger } from "../shared/log.ts";
import type { GatewayServices } from "./services.ts";
import {
  codeOutstanding,
  demoMail,
  guestSignIn,
  newCode,
  SIGN_IN_ON_SHOP_REPLY,
  takeSignedInRequest,
} from "./signin.ts";
import type { SessionRecord } from "../shared/store/types.ts";

const NOW = Date.parse("2026-06-15T12:00:00.000Z");

function guest(): SessionRecord {
  return {
    session_id: "sess-1",
    customer_id: null,
    email: null,
    conversation_id: "conv-1",
    created_at: new Date(NOW).toISOString(),
    expires_at: new Date(NOW + 3_600_000).toISOString(),
    last_order_id: null,
    last_intent: null,
    turn: 0,
    last_message_id: null,
    mode: "ai",
    open_handoff: null,
    dialogue: { focus: null, mentioned: [], unanswered: [] },
  };
}

Deno.test("in production a guest's email sends them to sign in on the shop, no code", async () => {
  await using store = await KvStore.open(":memory:", { now: () => NOW });
  // Only what production mode reads: the mode and the store (the customer is never looked up).
  const s = {
    config: { AUTH_MODE: "production" },
    store,
    log: silentLogger,
  } as unknown as GatewayServices;
  const reply = await guestSignIn(s, guest(), "my email is emma.wilson@example.com", NOW);
  assert.equal(reply, SIGN_IN_ON_SHOP_REPLY);
  assert.equal(await store.cacheGet("signin:sess-1"), null);
  assert.equal(await store.cacheGet("signin_mail:conv-1"), null);
});

Deno.test("turns without an email or a live code are left to the mesh", async () => {
  await using store = await KvStore.open(":memory:", { now: () => NOW });
  const s = {
    config: { AUTH_MODE: "demo" },
    store,
    log: silentLogger,
  } as unknown as GatewayServices;
  assert.equal(await guestSignIn(s, guest(), "where is my order?", NOW), null);
  assert.equal(await guestSignIn(s, guest(), "123456", NOW), null, "no code was sent");
  const signedIn = { ...guest(), customer_id: "CUST-0003" };
  assert.equal(await guestSignIn(s, signedIn, "my email is a@b.example", NOW), null);
});

Deno.test("codes are six digits", () => {
  for (let i = 0; i < 50; i++) assert.match(newCode(), /^\d{6}$/);
});

Deno.test("a guest has a code outstanding only while one sent is still valid", async () => {
  await using store = await KvStore.open(":memory:", { now: () => NOW });
  const s = {
    config: { AUTH_MODE: "demo" },
    store,
    log: silentLogger,
  } as unknown as GatewayServices;
  assert.equal(await codeOutstanding(s, guest(), NOW), false, "nothing sent");
  // What `guestSignIn` keeps for an email given (for an account or, with a code nobody
  // knows, for none), so the two cannot be told apart.
  const sent = {
    customer_id: "",
    email: "nobody@example.com",
    name: "",
    hash: "x",
    attempts: 0,
    expires_at: NOW + 60_000,
  };
  await store.cacheSet("signin:sess-1", sent, 60_000);
  assert.equal(await codeOutstanding(s, guest(), NOW), true);
  assert.equal(await codeOutstanding(s, guest(), NOW + 61_000), false, "expired");
  assert.equal(await codeOutstanding(s, { ...guest(), customer_id: "CUST-0003" }, NOW), false);
  // A code typed against the one nobody knows never signs anyone in.
  const typed = await guestSignIn(s, guest(), "123456", NOW);
  assert.match(typed!, /doesn't match/);
});

Deno.test("a guest's request is remembered across the code and handed over once signed in", async () => {
  await using store = await KvStore.open(":memory:", { now: () => NOW });
  const sarah = { id: "CUST-0001", email: "sarah.chen@example.com", name: "Sarah Chen" };
  const s = {
    config: { AUTH_MODE: "demo" },
    store,
    log: silentLogger,
    storeApi: {
      getCustomerByEmail: (e: string) => Promise.resolve(e === sarah.email ? sarah : null),
    },
    history: { listMessages: () => Promise.reject(new Error("no history here")) },
  } as unknown as GatewayServices;
  const sent = await guestSignIn(s, guest(), "cancel ORD-1003, email sarah.chen@example.com", NOW);
  assert.match(sent!, /one-time code/);
  // "send a new one": a new code, the request still kept; the first code no longer works.
  const first = (await demoMail(s, "conv-1", NOW))!.code;
  assert.match((await guestSignIn(s, guest(), "never got the code, resend pls", NOW))!, /new/);
  const code = (await demoMail(s, "conv-1", NOW))!.code;
  if (first !== code) {
    assert.match((await guestSignIn(s, guest(), first, NOW))!, /doesn't match/);
  }
  const signedIn = await guestSignIn(s, guest(), code, NOW);
  assert.equal(signedIn, "Thanks, Sarah — you're signed in.");
  assert.equal(await takeSignedInRequest(s, "sess-1"), "cancel ORD-1003, email");
  assert.equal(await takeSignedInRequest(s, "sess-1"), null, "handed over once");
});
