import assert from "node:assert/strict";
import { correctedAddress } from "./address_correction.ts";

const address = {
  name: "Sarah Chen",
  line1: "55 Lake St",
  line2: null,
  city: "Portland",
  region: "OR",
  postcode: "97201",
  country: "US",
};

Deno.test("a word of the address just given, put right, replaces that word", () => {
  assert.equal(correctedAddress("wait no sorry its 57 not 55", address)?.line1, "57 Lake St");
  assert.equal(correctedAddress("not 97201, 97210", address)?.postcode, "97210");
  assert.equal(correctedAddress("oops I meant Ave not St", address)?.line1, "55 Lake Ave");
  // The rest of the address is kept.
  assert.equal(correctedAddress("57 not 55", address)?.city, "Portland");
});

Deno.test("no correction when the word taken back is not in the address, or nothing is said", () => {
  assert.equal(correctedAddress("57 not 53", address), null);
  assert.equal(correctedAddress("no", address), null);
  assert.equal(correctedAddress("not now, later", address), null);
  assert.equal(correctedAddress("yes please", address), null);
});
