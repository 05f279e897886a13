import assert from "node:assert/strict";
import { typedCode, wrongLengthReply } from "./signin_code.ts";

Deno.test("a code typed inside a sentence or with spaces is the code", () => {
  assert.deepEqual(typedCode("oh wait its 654321"), { code: "654321" });
  assert.deepEqual(typedCode("here you go: 654 321"), { code: "654321" });
  assert.deepEqual(typedCode("code 654-321 thanks"), { code: "654321" });
  assert.deepEqual(typedCode("sorry typo, it's 654321 not 654312"), { code: "654321" });
});

Deno.test("a number of the wrong length alone is a code mistyped, an order never", () => {
  assert.deepEqual(typedCode("12345"), { wrongLength: 5 });
  assert.deepEqual(typedCode("the code is 1234567"), { wrongLength: 7 });
  assert.equal(typedCode("1003"), null);
  assert.equal(typedCode("where is 1003"), null);
  assert.equal(typedCode("order 1003"), null);
  assert.equal(typedCode("ORD-1003"), null);
  assert.equal(typedCode("#100345"), null);
  assert.equal(typedCode("my email is sarah.chen@example.com"), null);
  assert.match(wrongLengthReply(5), /5 digits.*6/);
});
