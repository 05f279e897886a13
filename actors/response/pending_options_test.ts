import assert from "node:assert/strict";
import { pendingOptions } from "./pending_options.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { ActionType } from "../../shared/protocol.ts";

function options(text: string, type: ActionType, order: string, who: "mike" | "sarah") {
  const msg = turnWith({
    text,
    who,
    intent: "other",
    context: castContext(who, { order }),
    session: { pending_action: pendingOf({ type, order_id: order, requires_confirmation: true }) },
  });
  return pendingOptions(viewOf(msg, FIXTURE_NOW), "neutral");
}

Deno.test("'what CAN you do' while a parcel's investigation waits: the yes, waiting, and a return later", () => {
  const d = options("fine then what CAN you do", "carrier_investigation", "ORD-2001", "mike");
  assert.equal(d?.template, "pending_options");
  assert.match(d?.text ?? "", /open a carrier investigation/);
  assert.match(d?.text ?? "", /If you'd rather wait, the carrier's current estimate is/);
  assert.match(d?.text ?? "", /can't be cancelled now/);
  // A cancellation waiting keeps its own alternative.
  const cancel = options("what are my options", "cancel_order", "ORD-1003", "sarah");
  assert.match(cancel?.text ?? "", /change its items or delivery address/);
  assert.doesNotMatch(cancel?.text ?? "", /rather wait/);
});
