import assert from "node:assert/strict";
import { paymentMethods } from "./info.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("'how do i pay for the monitor' names the monitor's order waiting for payment", () => {
  const text = "so how do i pay for the monitor";
  const msg = turnWith({
    text,
    who: "mike",
    intent: intentOf("payment_methods", text, {
      entities: {
        order_ids: [],
        tracking_numbers: [],
        emails: [],
        amounts: [],
        dates: [],
        quantities: [],
        products: [],
        item_refs: [{ text: "the monitor", name: "monitor", sku: null }],
      },
    }),
    context: castContext("mike", { order: "ORD-2002" }),
  });
  const d = paymentMethods(viewOf(msg, FIXTURE_NOW), "friendly");
  assert.match(d.text, /Order ORD-2002 .* is waiting for its payment/);
  const general = paymentMethods(
    viewOf(
      turnWith({
        text: "how do i pay",
        who: "mike",
        intent: intentOf("payment_methods", "how do i pay"),
        context: castContext("mike"),
      }),
      FIXTURE_NOW,
    ),
    "friendly",
  );
  assert.doesNotMatch(general.text, /ORD-2002/, "paying in general names no order");
});

Deno.test("'pay for monitor how' names the monitor's order by its goods, article or not", () => {
  const pay = (text: string) =>
    paymentMethods(
      viewOf(
        turnWith({
          text,
          who: "mike",
          intent: intentOf("payment_methods", text),
          context: castContext("mike"),
        }),
        FIXTURE_NOW,
      ),
      "friendly",
    ).text;
  assert.match(pay("pay for monitor how"), /Order ORD-2002 .* is waiting for its payment/);
  // The keyboard's order is paid: said so, not how to pay it.
  const keyboard = pay("how do i pay for my keyboard");
  assert.match(keyboard, /ORD-2001 .* is already paid/);
  assert.doesNotMatch(keyboard, /waiting for its payment/);
});

Deno.test("'can i pay for the other one with paypal' beside the keyboard names the monitor's order", async () => {
  const { unpaidOrderNote } = await import("./unpaid_note.ts");
  const text = "can i pay for the other one with paypal";
  const v = viewOf(
    turnWith({
      text,
      who: "mike",
      intent: intentOf("payment_methods", text),
      context: castContext("mike", { order: "ORD-2001" }),
    }),
    FIXTURE_NOW,
  );
  assert.match(unpaidOrderNote(v) ?? "", /To pay order ORD-2002 .* by PayPal/);
  // Paying in general points at no order.
  const plain = viewOf(
    turnWith({
      text: "do you take paypal",
      who: "mike",
      intent: intentOf("payment_methods", "do you take paypal"),
      context: castContext("mike", { order: "ORD-2001" }),
    }),
    FIXTURE_NOW,
  );
  assert.equal(unpaidOrderNote(plain), null);
});
