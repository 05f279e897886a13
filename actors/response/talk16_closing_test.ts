import assert from "node:assert/strict";
import { saysThanks } from "./closing.ts";

Deno.test("'ty' thanks only as a word of its own: 'ugh typical' and 'what type' thank nobody", () => {
  for (const t of ["ty", "ok ty!", "tysm", "thanks", "cheers mate", "🙏"]) {
    assert.ok(saysThanks(t), t);
  }
  for (const t of ["ugh typical", "what type is it", "the tyres", "its a typo"]) {
    assert.equal(saysThanks(t), false, t);
  }
});
