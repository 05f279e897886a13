import assert from "node:assert/strict";
import { CODE_TROUBLE_ENTRY, codeTroubleMatch } from "./code_trouble.ts";

Deno.test("a discount code named by itself and refused is the code's trouble", () => {
  for (
    const t of ["got a SAVE10 code but checkout says invalid", "the code WELCOME15 wont apply"]
  ) {
    assert.equal(codeTroubleMatch(t)?.entry.id, CODE_TROUBLE_ENTRY, t);
  }
  assert.equal(codeTroubleMatch("my tracking code is invalid"), null);
  assert.equal(codeTroubleMatch("the sign in code says invalid"), null);
});
