import assert from "node:assert/strict";
import { missingPart, partOfReason, partReason } from "./missing_part.ts";
import { goodsProblem, reportedIssueIn } from "./problems.ts";

Deno.test("a part that did not come is named, and reported as a missing item", () => {
  const cases: [string, string][] = [
    ["my espresso machine came without the water tank", "water tank"],
    ["the mixer arrived without its bowl", "bowl"],
    ["no lid in the box!!", "lid"],
    ["the charger wasn't included", "charger"],
    ["it came without a remote and im annoyed", "remote"],
  ];
  for (const [text, part] of cases) {
    assert.equal(missingPart(text), part, text);
    assert.equal(goodsProblem(text), "wrong_or_missing", text);
    assert.equal(reportedIssueIn(text), "missing_item", text);
  }
});

Deno.test("a parcel that never came is no missing part", () => {
  assert.equal(missingPart("my order never came"), null);
  assert.equal(missingPart("can I order without an account?"), null);
  assert.equal(goodsProblem("the vacuum hasn't arrived"), null);
});

Deno.test("the part travels in the change's reason", () => {
  assert.equal(partOfReason(partReason("water tank")), "water tank");
  assert.equal(partOfReason("Wrong or missing item"), null);
  assert.equal(partOfReason(undefined), null);
});

Deno.test("a part said missing after its name is named too; a parcel, a refund or the rest is no part", () => {
  assert.equal(missingPart("espresso machine arrived but the water tank is missing"), "water tank");
  assert.equal(missingPart("the lid was missing"), "lid");
  assert.equal(missingPart("my parcel is missing"), null);
  assert.equal(missingPart("the refund is missing"), null);
  assert.equal(missingPart("the rest is missing"), null);
});
