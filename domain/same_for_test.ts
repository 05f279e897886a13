import assert from "node:assert/strict";
import { asksSameForAnother } from "./same_for.ts";

Deno.test("the same change asked for another order, named or 'the other one'", () => {
  assert.ok(asksSameForAnother("same for the other one", false));
  assert.ok(asksSameForAnother("same for 2001", true));
  assert.ok(asksSameForAnother("do the same for my other order pls", false));
  assert.ok(asksSameForAnother("and the other one too", false));
  assert.ok(asksSameForAnother("ORD-2001 as well please", true));
  assert.ok(asksSameForAnother("ditto for the other order", false));
  assert.ok(asksSameForAnother("actually what about 1001", true));
  assert.ok(asksSameForAnother("ok how about the other one?", false));
});

Deno.test("no other order, or the same turned down, asks nothing more", () => {
  assert.ok(!asksSameForAnother("same here", false));
  assert.ok(!asksSameForAnother("me too", false));
  assert.ok(!asksSameForAnother("not the same for the other one", false));
  assert.ok(!asksSameForAnother("where is the other one", false));
  assert.ok(!asksSameForAnother("what about returns, how long do i have?", false));
});
