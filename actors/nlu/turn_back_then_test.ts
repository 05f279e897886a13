import assert from "node:assert/strict";
import { endsWithTurnBack } from "./turn_back.ts";

Deno.test("'ok forget it then' ends in a turn-back: a closing word leaves it a no", () => {
  for (
    const t of [
      "ok forget it then",
      "ok forget it",
      "yes do it. actually no, thanks",
      "ok nvm please",
    ]
  ) {
    assert.ok(endsWithTurnBack(t), t);
  }
  for (const t of ["ok forget it then, i'll wait", "ok forget it and cancel 1002", "forget it"]) {
    assert.ok(!endsWithTurnBack(t), t);
  }
});
