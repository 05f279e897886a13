import assert from "node:assert/strict";
import { calledOffBeforeQuestion, replacesPending, turnsDownFirst } from "./instead_of.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

Deno.test("another change asked 'instead' takes the place of the one waiting", () => {
  assert.ok(
    replacesPending("wait actually can i just change the address instead", "change_address"),
  );
  assert.ok(replacesPending("i'd rather change the quantity", "modify_order"));
  assert.ok(replacesPending("send a replacement insted", "delivery_problem"));
});

Deno.test("a question or a change asked besides the one waiting leaves it waiting", () => {
  assert.ok(!replacesPending("can you also change the address", "change_address"));
  assert.ok(!replacesPending("where is it instead of asking me", "order_status"));
  assert.ok(!replacesPending("how long does a refund take instead", "policy_question"));
});

Deno.test("a reply that opens with a no turns the waiting change down before its request", () => {
  assert.ok(turnsDownFirst("no I've changed my mind, I'll keep them, but when will they ship?"));
  assert.ok(turnsDownFirst("nah, where is it now?"));
  assert.ok(turnsDownFirst("don't cancel, just tell me when it ships"));
  assert.ok(!turnsDownFirst("now when will it ship?"));
  assert.ok(!turnsDownFirst("when will it ship, no rush"));
});

Deno.test("a call-off after a filler turns the waiting change down before the question", () => {
  for (
    const t of [
      "ok nvm. when will it ship",
      "oh wait scratch that, where is it now?",
      "actually forget about it, how long does shipping take",
      "hmm never mind. when does 1001 arrive",
      "k forget it whats the status",
      "on second thought, leave it. is 1001 on its way?",
      "nevermind, when will it ship?",
    ]
  ) assert.ok(turnsDownFirst(t), t);
  for (
    const t of [
      "ok when will it ship",
      "oh and where is 1001?",
      "actually yes, and when does it ship",
    ]
  ) assert.ok(!turnsDownFirst(t), t);
});

Deno.test("a call-off read as no clear answer, beside a question, drops the change", () => {
  const reading = (intent: IntentEnrichment["intent"], confidence = 0.6) =>
    ({ intent, confidence, confirmation: "unclear" }) as IntentEnrichment;
  assert.ok(
    calledOffBeforeQuestion("oh wait scratch that, where is 1001 now?", reading("order_status")),
  );
  assert.ok(!calledOffBeforeQuestion("scratch that", reading("other")));
  assert.ok(!calledOffBeforeQuestion("where is 1001 now?", reading("order_status")));
  assert.ok(!calledOffBeforeQuestion("nvm, where is it", reading("order_status", 0.3)));
});

Deno.test("paying instead takes the place of a waiting cancellation", () => {
  assert.equal(
    replacesPending("wait actually can I just pay for it instead", "payment_methods"),
    true,
  );
  assert.equal(replacesPending("how can I pay", "payment_methods"), false);
});
