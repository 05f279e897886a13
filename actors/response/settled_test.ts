import assert from "node:assert/strict";
import { letsItRest, resignedLine } from "./settled.ts";

Deno.test("news taken in but not liked ('ok thats annoying but fine') lets it rest, said so", () => {
  for (
    const t of [
      "ok thats annoying but fine",
      "ugh, a shame but ok",
      "its a bit frustrating but i'll wait",
      "meh, not ideal but whatever",
    ]
  ) {
    assert.ok(letsItRest(t), t);
    assert.match(resignedLine(t) ?? "", /sorry it isn't better news/, t);
  }
  for (const t of ["ok fine", "that's annoying, can you speed it up?", "annoying but cancel it"]) {
    assert.equal(resignedLine(t), null, t);
  }
});
