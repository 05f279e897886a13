import assert from "node:assert/strict";
import { readIntent as read } from "../../tests/fixtures/intent.ts";

Deno.test("when their money comes back is a refund's status", async () => {
  for (
    const text of [
      "and when do i get my money",
      "how long till i see my money",
      "where's my money",
      "how long til i get the mony",
    ]
  ) {
    assert.equal((await read(text)).intent, "refund_status", text);
  }
});

Deno.test("money they are to pay is no refund", async () => {
  assert.notEqual((await read("when do i have to pay the money")).intent, "refund_status");
});
