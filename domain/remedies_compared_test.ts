import assert from "node:assert/strict";
import { comparesRemedies } from "./remedies_compared.ts";

Deno.test("a question comparing a refund and a replacement is no choice of either", () => {
  for (
    const t of [
      "Wait, what's faster, a refund or a replacement?",
      "which is quicker, the new one or my money back?",
      "whats better refund or replacement",
    ]
  ) assert.equal(comparesRemedies(t), true, t);
  for (
    const t of [
      "actually a replacement would be better",
      "refund please",
      "can you send a replacement faster?",
    ]
  ) assert.equal(comparesRemedies(t), false, t);
});
