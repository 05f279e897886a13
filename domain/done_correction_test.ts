import assert from "node:assert/strict";
import { doneCorrection } from "./done_correction.ts";

Deno.test("a correction after a change of items says how many, relative or in all", () => {
  assert.deepEqual(doneCorrection("actually no wait, make it 2 more"), { kind: "relative", n: 2 });
  assert.deepEqual(doneCorrection("oops I meant 4"), { kind: "absolute", n: 4 });
  assert.deepEqual(doneCorrection("no I said 2"), { kind: "absolute", n: 2 });
  assert.deepEqual(doneCorrection("sorry, another two"), { kind: "relative", n: 2 });
  assert.deepEqual(doneCorrection("wait make that one less"), { kind: "relative", n: -1 });
  assert.deepEqual(doneCorrection("can you undo that"), { kind: "undo" });
  assert.deepEqual(doneCorrection("change it back pls"), { kind: "undo" });
  assert.deepEqual(doneCorrection("put it back to 2"), { kind: "absolute", n: 2 });
});

Deno.test("a message that corrects nothing is no correction", () => {
  assert.equal(doneCorrection("thanks!"), null);
  assert.equal(doneCorrection("where is ORD-1001"), null);
  assert.equal(doneCorrection("how much is it now"), null);
  assert.equal(doneCorrection("no thanks"), null);
});

Deno.test("'put the shoes back' puts back the goods it names", () => {
  assert.deepEqual(doneCorrection("oh no wait put the shoes back"), {
    kind: "undo",
    goods: "shoes",
  });
  assert.deepEqual(doneCorrection("can you add the water bottles back in"), {
    kind: "undo",
    goods: "water bottles",
  });
  assert.equal(doneCorrection("i want my money back"), null);
});
