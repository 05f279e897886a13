import assert from "node:assert/strict";
import { stateRefs } from "./references.ts";

const statuses = (text: string) => stateRefs(text).map((s) => s.ref.status);

Deno.test("'send the missing one' asks for goods left out, not for the lost order", () => {
  assert.deepEqual(statuses("can't you just send the missing one?"), []);
  assert.deepEqual(statuses("pls ship me the missing item"), []);
  // Still the parcel that went missing when no goods are sent.
  assert.deepEqual(statuses("where is the missing one?"), ["shipped"]);
  assert.deepEqual(statuses("refund the missing parcel"), ["shipped"]);
});
