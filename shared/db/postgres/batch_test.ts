import assert from "node:assert/strict";
import { RetryableError } from "../../errors.ts";
import { BatchWriter } from "./batch.ts";

/** A writer that records its batches and fails items named "bad" (or all, when down). */
function recorder() {
  const batches: string[][] = [];
  let down = false;
  const writer = new BatchWriter<string, string>({
    maxBatch: 3,
    write(items) {
      batches.push(items);
      if (down) return Promise.reject(new RetryableError("Cannot reach the database"));
      if (items.includes("bad")) return Promise.reject(new Error("Cannot store bad"));
      return Promise.resolve(items.map((i) => i.toUpperCase()));
    },
  });
  return { writer, batches, setDown: (d: boolean) => (down = d) };
}

Deno.test("batch writer: one pass of submits is one batch, split at maxBatch", async () => {
  const { writer, batches } = recorder();
  const out = await Promise.all(["a", "b", "c", "d"].map((x) => writer.submit(x)));
  assert.deepEqual(out, ["A", "B", "C", "D"]);
  assert.deepEqual(batches, [["a", "b", "c"], ["d"]]);
  assert.equal(await writer.submit("e"), "E", "a later lone submit is written too");
  await writer.close();
});

Deno.test("batch writer: a bad item fails alone; a connection failure fails the batch", async () => {
  const { writer, batches, setDown } = recorder();
  const [good, bad] = await Promise.allSettled([writer.submit("a"), writer.submit("bad")]);
  assert.deepEqual([good.status, bad.status], ["fulfilled", "rejected"]);
  assert.deepEqual(batches, [["a", "bad"], ["a"], ["bad"]]);
  setDown(true);
  const down = await Promise.allSettled([writer.submit("x"), writer.submit("y")]);
  assert.ok(down.every((r) => r.status === "rejected" && r.reason instanceof RetryableError));
  assert.deepEqual(batches.at(-1), ["x", "y"], "not written again one by one");
  await writer.close();
});

Deno.test("batch writer: close writes what is queued, then refuses", async () => {
  const { writer } = recorder();
  const waiting = writer.submit("a");
  await writer.close();
  assert.equal(await waiting, "A");
  await assert.rejects(writer.submit("b"), /closed/);
  await writer.close();
});
