import assert from "node:assert/strict";
import { startRig } from "../tests/helpers/context_rig.ts";
import {
  action,
  affirmMessage,
  execute,
  message,
  propose,
} from "../tests/helpers/execution_rig.ts";
import { RetryableError } from "../shared/errors.ts";

Deno.test("a yes the store fails forgets the cached context: the store may have acted", async () => {
  await using rig = await startRig();
  await message(rig);
  assert.ok(await rig.kv.cacheGet("ctx:CUST-0001"));
  await propose(rig, { actions: [action("cancel_order", "ORD-1003")] });
  const yes = await affirmMessage(rig);
  await rig.faults({ orders: { error_rate: 1 } });
  await assert.rejects(execute(rig, yes), RetryableError);
  // The next turn reads the orders afresh ("did it go through?" is answered from the store).
  assert.equal(await rig.kv.cacheGet("ctx:CUST-0001"), null);
  assert.ok(await rig.kv.getPending("sess-test"), "the pending change survives the failure");
});
