import assert from "node:assert/strict";
import { paymentAspect, paymentMethodAnswer, paymentMethodsNamed } from "./payment_questions.ts";
import { BANK_TRANSFER_HOLD_DAYS } from "./policy.ts";

Deno.test("a question about paying by bank transfer is told how, with the days the order is held", () => {
  const a = paymentMethodAnswer("how do I pay by bank transfer")!.join(" ");
  assert.match(a, /bank details/);
  assert.match(a, new RegExp(`${BANK_TRANSFER_HOLD_DAYS} days`));
  assert.doesNotMatch(a, /PayPal|Apple Pay/);
});

Deno.test("whether a way to pay is safe is answered about that way", () => {
  const a = paymentMethodAnswer("and is paypal safe?")!.join(" ");
  assert.match(a, /^Yes, paying by PayPal is safe/);
  assert.match(a, /never see your PayPal login/);
  assert.equal(paymentAspect("is it secure to pay by card"), "safe");
});

Deno.test("a way to pay the store does not take gets a no and the ways it does take", () => {
  const a = paymentMethodAnswer("do you take bitcoin?")!.join(" ");
  assert.match(a, /don't take cryptocurrency/);
  assert.match(a, /PayPal/);
  assert.match(paymentMethodAnswer("can i pay in instalments with klarna")!.join(" "), /pay-later/);
});

Deno.test("a question naming no way to pay has no particular answer", () => {
  assert.equal(paymentMethodAnswer("what payment methods do you have?"), null);
  assert.equal(paymentMethodAnswer("can you check my order"), null);
  assert.deepEqual(paymentMethodsNamed("do you take gift cards"), []);
});

Deno.test("two ways to pay in one question are both answered", () => {
  const a = paymentMethodAnswer("can I pay with apple pay or a visa debit card?")!;
  assert.equal(a.length, 2);
  assert.match(a[0], /Apple Pay/);
  assert.match(a[1], /credit and debit cards/);
});

Deno.test("whether a way to pay makes an order ship sooner is answered, not whether it is taken", () => {
  const a = paymentMethodAnswer("ok and if i pay by paypal will it ship faster")!.join(" ");
  assert.match(a, /confirms the payment straight away/);
  assert.match(a, /shipping speed you choose/);
  assert.doesNotMatch(a, /^Yes, we accept/);
  assert.match(
    paymentMethodAnswer("will a bank transfer delay delivery?")!.join(" "),
    /few business days/,
  );
});

Deno.test("how long a bank transfer takes is told in days, with what happens after the hold", () => {
  for (
    const q of [
      "ok. how long does a bank transfer usually take?",
      "how many days for a wire transfer",
      "when will my bank transfer clear",
    ]
  ) {
    assert.equal(paymentAspect(q), "time", q);
    const a = paymentMethodAnswer(q)!.join(" ");
    assert.match(a, /few business days/, q);
    assert.match(a, new RegExp(`${BANK_TRANSFER_HOLD_DAYS} days`), q);
    assert.match(a, /cancelled/, q);
    assert.doesNotMatch(a, /Choose Bank transfer at checkout/, q);
  }
  // How the payment changes when the order ships is still the speed.
  assert.equal(paymentAspect("if I pay by bank transfer how long till it is shipped"), "speed");
  assert.match(paymentMethodAnswer("how long does paypal take")!.join(" "), /straight away/);
});

Deno.test("a way to pay turned from is not one asked about", () => {
  const ids = (t: string) => paymentMethodsNamed(t).map((m) => m.id);
  assert.deepEqual(ids("can i pay with paypal instead of card"), ["paypal"]);
  assert.deepEqual(ids("apple pay rather than my credit card?"), ["apple_pay"]);
  assert.deepEqual(ids("can i switch from card to bank transfer"), ["bank_transfer"]);
  assert.deepEqual(ids("paypal or card?"), ["paypal", "card"]);
});
