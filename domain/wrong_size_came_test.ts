import assert from "node:assert/strict";
import { goodsProblem, reportedIssueIn } from "./problems.ts";

Deno.test("'I got a size 8 but ordered a 9' is the wrong item come, not a parcel missing", () => {
  for (
    const text of [
      "I got a size 8 but ordered a 9 on ORD-1002",
      "received the black one but I ordered white",
      "got an 8.5 but i wanted a 9",
    ]
  ) {
    assert.equal(goodsProblem(text), "wrong_or_missing", text);
    assert.equal(reportedIssueIn(text), "wrong_item", text);
  }
  // Got it and liked it: nothing wrong told.
  assert.equal(goodsProblem("got the frother but haven't tried it yet"), null);
});
