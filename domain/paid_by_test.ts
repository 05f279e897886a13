import assert from "node:assert/strict";
import { paidByStated } from "./paid_by.ts";

Deno.test("a payment the customer says they made names the way they paid", () => {
  assert.equal(paidByStated("I paid by bank transfer")?.id, "bank_transfer");
  assert.equal(paidByStated("i already sent the wire transfer monday")?.id, "bank_transfer");
  assert.equal(paidByStated("paid with paypal yesterday")?.id, "paypal");
  assert.equal(paidByStated("we've paid by card")?.id, "card");
  assert.equal(paidByStated("i already sent the transfer on monday")?.id, "bank_transfer");
  assert.equal(
    paidByStated("pending payment on my monitor order, paid by card yesterday")?.id,
    "card",
  );
  assert.equal(paidByStated("paid with paypal but order still pending??")?.id, "paypal");
});

Deno.test("a question about a way to pay, or no payment made, is no such statement", () => {
  assert.equal(paidByStated("how long does a bank transfer take?"), null);
  assert.equal(paidByStated("can I pay by bank transfer"), null);
  assert.equal(paidByStated("do you take paypal"), null);
  assert.equal(paidByStated("I paid, it says pending"), null);
  assert.equal(paidByStated("I'd like to pay by card"), null);
});

Deno.test("'ok done, paid just now' takes the way to pay the conversation was about", () => {
  assert.equal(paidByStated("ok done, paid just now", "paypal")?.id, "paypal");
  assert.equal(paidByStated("done, i paid it", "bank_transfer")?.id, "bank_transfer");
  // Without one known, nothing is assumed; a way named wins over the one known.
  assert.equal(paidByStated("ok done, paid just now"), null);
  assert.equal(paidByStated("i paid by card", "paypal")?.id, "card");
  // "Done" alone says nothing of a payment.
  assert.equal(paidByStated("ok done", "paypal"), null);
});
