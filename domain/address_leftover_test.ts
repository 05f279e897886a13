/** An address alone is no sign of a language: its state and country go with it (talk29). */
import assert from "node:assert/strict";
import { withoutAddress } from "./address.ts";

Deno.test("a US address alone leaves nothing, its state and country included", () => {
  assert.equal(withoutAddress("12 Elm Street, Cambridge, MA 02139, USA"), "");
  assert.equal(withoutAddress("45 Oak Avenue, Springfield, IL 62704"), "");
  assert.equal(withoutAddress("12 Oak Avenue, Portland OR 97201"), "");
});

Deno.test("words beside an address are kept", () => {
  assert.match(withoutAddress("Ich wohne jetzt hier: 12 Elm Street, Cambridge, MA 02139"), /wohne/);
});
