import assert from "node:assert/strict";
import { reliefReply } from "./relief.ts";
import type { TurnView } from "./view.ts";

const view = (text: string, extra: Partial<TurnView> = {}) =>
  ({
    text,
    name: "Emma",
    msgId: "m1",
    pending: null,
    openHandoff: null,
    ...extra,
  }) as unknown as TurnView;

Deno.test("relief is met with gladness: no apology, no person, nothing to sort", () => {
  const d = reliefReply(view("phew, just saw the mixer got delivered, all good, ignore my email"));
  assert.ok(d);
  assert.match(d.text, /glad|good news/i);
  assert.doesNotMatch(d.text, /sorry|apolog|member of our team|frustrating/i);
  assert.match(reliefReply(view("panic over, it turned up!! thanks"))!.text, /happy I could help/i);
});

Deno.test("trouble beside the relief, or a change waiting, is left to the other replies", () => {
  assert.equal(reliefReply(view("phew it arrived but the box is smashed")), null);
  assert.equal(
    reliefReply(view("what a relief", { pending: {} } as unknown as Partial<TurnView>)),
    null,
  );
});
