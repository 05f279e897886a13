import assert from "node:assert/strict";
import { renderTemplate } from "./templates.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { Intent } from "../../shared/protocol.ts";

const LAST = "Hi Mike. Order ORD-2001 (Mechanical Keyboard) shipped on December 2 with FedEx.";
const DIALOGUE = { focus: null, mentioned: [], unanswered: [] };

function said(text: string, opts: { intent?: Intent; last?: Intent; pending?: boolean } = {}) {
  const cancel = pendingOf({
    type: "cancel_order",
    order_id: "ORD-2002",
    params: {},
    requires_confirmation: true,
  });
  const msg = turnWith({
    text,
    who: "mike",
    intent: intentOf(
      opts.intent ?? "small_talk",
      text,
      opts.pending ? { confirmation: "unclear" } : {},
    ),
    context: castContext("mike", {}),
    session: {
      turn: 2,
      last_intent: opts.last ?? "order_status",
      dialogue: { ...DIALOGUE, said: "cancel order 2002", replied: LAST },
      ...(opts.pending ? { pending_action: cancel } : {}),
    },
  });
  return renderTemplate(viewOf(msg, new Date(msg.created_at)));
}

Deno.test("'can you repeat that?' and 'what?' get our last reply again, without its greeting", () => {
  for (const t of ["can you repeat that?", "what?", "?"]) {
    const d = said(t);
    assert.match(d.text, /here it is again/, t);
    assert.match(d.text, /Order ORD-2001 \(Mechanical Keyboard\) shipped on December 2/, t);
    assert.doesNotMatch(d.text, /Hi Mike|pay|shipping options|outside what I can help/i, t);
  }
});

Deno.test("'sorry wrong chat' is let go with nothing changed; 'you already told me that' owned", () => {
  assert.match(said("sorry wrong chat").text, /No problem, Mike — I'll ignore that one/);
  assert.match(said("you already told me that").text, /Sorry for repeating myself/);
});

Deno.test("'that's not what I asked' says what we took it as and asks again, a person on offer", () => {
  const d = said("that's not what I asked");
  assert.match(d.text, /I misunderstood you/);
  assert.match(d.text, /as a question about where your order is/);
  assert.match(d.text, /pass you to a member of our team/);
  assert.doesNotMatch(d.text, /^No problem/);
});

Deno.test("the change's request sent twice while it waits is taken once and asked again", () => {
  const d = said("cancel order 2002", { intent: "cancel_order", pending: true });
  assert.match(d.text, /came through twice, so I've taken it once/);
  assert.match(d.text, /Shall I cancel\S* (?:order )?ORD-2002/);
  assert.deepEqual(d.proposed_actions, []);
  const wrong = said("oops sorry wrong window", { intent: "other", pending: true });
  assert.match(wrong.text, /ignore that one, and nothing has been changed/);
  assert.match(wrong.text, /shall I cancel\S* (?:order )?ORD-2002/);
});

Deno.test("'yes' sent again right after the yes that cancelled: taken once, said so", () => {
  const msg = turnWith({
    text: "yes",
    who: "sarah",
    intent: intentOf("affirm", "yes"),
    context: castContext("sarah", {}),
    session: {
      turn: 3,
      last_intent: "affirm",
      dialogue: {
        ...DIALOGUE,
        said: "yes",
        replied: "Done — order ORD-1003 is cancelled.",
        done: { type: "cancel_order", order_id: "ORD-1003", at: "2026-12-01T10:00:00Z" },
      },
    },
  });
  const d = renderTemplate(viewOf(msg, new Date(msg.created_at)));
  assert.match(d.text, /came through twice, so I've taken it once/);
  assert.match(d.text, /cancel order ORD-1003 has already been carried out/);
});

Deno.test("'anyone there?' and 'testing 123' are answered that we are here", () => {
  for (const t of ["anyone there?", "testing 123"]) {
    assert.match(said(t).text, /Yes, I'm here, Mike — I'm the store's virtual assistant/, t);
  }
});

Deno.test("while a person is on the way: 'come again?' says it again, 'wrong chat' is let go", async () => {
  const { queuedChatTalk } = await import("./queued_chat.ts");
  const queued = (text: string) => {
    const msg = turnWith({
      text,
      who: "mike",
      intent: intentOf("small_talk", text),
      decision: "handoff",
      context: castContext("mike", {}),
      session: {
        turn: 2,
        open_handoff: { id: "h1", priority: "normal", opened_at: "2026-12-01T10:00:00Z" },
        dialogue: {
          ...DIALOGUE,
          said: "get me a human",
          replied: "A member of our team will take over.",
        },
      },
    });
    return queuedChatTalk(viewOf(msg, new Date(msg.created_at)));
  };
  assert.match(
    queued("come again?")?.text ?? "",
    /here it is again:\s+A member of our team will take over/,
  );
  assert.match(queued("sorry wrong chat")?.text ?? "", /ignore that one/);
  assert.equal(queued("where is my keyboard"), null);
});

Deno.test("'no it's fine, bye' while queued, read as negative, is a goodbye with the place kept", async () => {
  const { queuedClosing } = await import("./closing.ts");
  const { sentimentOf } = await import("../../tests/fixtures/turns.ts");
  const msg = turnWith({
    text: "no it's fine, bye",
    who: "mike",
    intent: intentOf("small_talk", "no it's fine, bye"),
    sentiment: sentimentOf("negative", {}),
    decision: "handoff",
    context: castContext("mike", {}),
    session: {
      turn: 2,
      open_handoff: { id: "h1", priority: "normal", opened_at: "2026-12-01T10:00:00Z" },
    },
  });
  const d = queuedClosing(viewOf(msg, new Date(msg.created_at)));
  assert.match(d?.text ?? "", /Your place in the queue is kept/);
});

Deno.test("their own email alone, signed in: said to be the account's, nothing else asked of it", () => {
  const d = said("Mike.Johnson@example.com");
  assert.match(d.text, /That's the email on your account, Mike — you're already signed in/);
  assert.doesNotMatch(said("emma.wilson@example.com").text, /email on your account/);
});
