import assert from "node:assert/strict";
import { startStore } from "./server.ts";
import { NOW } from "../tests/helpers/store_rig.ts";

Deno.test("the store serves over HTTP on a free port and closes cleanly", async () => {
  await using running = await startStore({ port: 0, clock: () => NOW });
  assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${running.url}/health`);
  assert.equal(health.status, 200);
  assert.equal((await health.json()).orders, running.store.state.data.orders.length);
  const doc = await fetch(`${running.url}/openapi.json`);
  const spec = await doc.json();
  assert.equal(spec.openapi, "3.1.0");
  for (
    const path of [
      "/customers/by-email/{email}",
      "/customers/{id}",
      "/customers/{id}/orders",
      "/orders/{id}",
      "/orders/{id}/cancel",
      "/orders/{id}/items",
      "/orders/{id}/address",
      "/orders/{id}/return",
      "/orders/{id}/refund",
      "/orders/{id}/expedite",
      "/orders/{id}/notes",
      "/tracking/{number}",
      "/tracking/{number}/expedite",
      "/tracking/{number}/investigation",
      "/products",
      "/customers/{id}/history",
      "/customers/{id}/notes",
      "/customers/{id}/callbacks",
      "/customers/{id}/credit",
      "/customers/{id}/tier",
      "/admin/faults",
      "/admin/reset",
      "/admin/ledger",
    ]
  ) {
    assert.ok(spec.paths[path], `${path} is documented`);
  }
  assert.ok(spec.components.schemas.Order);
  assert.ok(spec.components.schemas.Problem);
});

Deno.test("an unknown endpoint is a 404 problem", async () => {
  await using running = await startStore({ port: 0, clock: () => NOW });
  const res = await fetch(`${running.url}/nope`);
  assert.equal(res.status, 404);
  assert.equal(res.headers.get("content-type"), "application/problem+json");
  assert.equal((await res.json()).detail, "Cannot find GET /nope: no such endpoint");
});
