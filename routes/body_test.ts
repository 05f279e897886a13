import assert from "node:assert/strict";
import { Hono } from "hono";
import { isBodyReadError, readBody, UNREADABLE_BODY } from "./body.ts";
import { errorHandler } from "./problem.ts";
import { createLogger } from "../shared/log.ts";

function app(lines: string[]) {
  const log = createLogger({ level: "info", sink: (l) => lines.push(l) });
  const a = new Hono();
  a.onError(errorHandler(log));
  a.use("/read/*", readBody({ maxBytes: 64, log }));
  a.post("/read/json", async (c) => c.json({ got: await c.req.json() }));
  // A route outside the middleware that reads the body itself: the error handler's net.
  a.post("/raw", async (c) => c.json({ got: await c.req.text() }));
  return a;
}

/** A chunked body whose connection breaks after the first chunk. */
function broken(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(ctl) {
      if (!sent) {
        sent = true;
        ctl.enqueue(new TextEncoder().encode('{"a":'));
      } else {
        ctl.error(new Deno.errors.BadResource("Cannot read request body"));
      }
    },
  });
}

function post(a: Hono, path: string, body: BodyInit) {
  return a.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    // deno-lint-ignore no-explicit-any
    duplex: "half" as any,
  } as RequestInit);
}

Deno.test("a body whose connection breaks is a 400 problem logged at info, not a 500", async () => {
  const lines: string[] = [];
  const a = app(lines);
  for (const path of ["/read/json", "/raw"]) {
    const res = await post(a, path, broken());
    assert.equal(res.status, 400, path);
    assert.match(res.headers.get("content-type") ?? "", /problem\+json/);
    assert.equal((await res.json()).detail, UNREADABLE_BODY);
  }
  const levels = lines.map((l) => JSON.parse(l)).map((l) => `${l.level} ${l.msg}`);
  assert.deepEqual(levels, ["info Cannot read a request body", "info Cannot read a request body"]);
});

Deno.test("a streamed body over the limit is a 413; one within it reaches the route", async () => {
  const a = app([]);
  const big = new ReadableStream<Uint8Array>({
    start(ctl) {
      for (let i = 0; i < 10; i++) ctl.enqueue(new TextEncoder().encode('"0123456789",'));
      ctl.close();
    },
  });
  const res = await post(a, "/read/json", big);
  assert.equal(res.status, 413);
  assert.match((await res.json()).detail, /larger than 64 bytes/);
  const parts = ['{"a"', ":", "[1,2]", "}"];
  const ok = await post(
    a,
    "/read/json",
    new ReadableStream({
      start(ctl) {
        for (const p of parts) ctl.enqueue(new TextEncoder().encode(p));
        ctl.close();
      },
    }),
  );
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { got: { a: [1, 2] } });
});

Deno.test("body read errors are told apart from our own bugs", () => {
  assert.ok(isBodyReadError(new Deno.errors.BadResource("x")));
  assert.ok(isBodyReadError(new Deno.errors.Http("connection closed before message completed")));
  assert.ok(isBodyReadError(new Error("invalid HTTP/1 request: Invalid")));
  assert.ok(isBodyReadError(new TypeError("error reading a body from connection")));
  assert.ok(!isBodyReadError(new TypeError("Cannot read properties of undefined (reading 'x')")));
  assert.ok(!isBodyReadError(new RangeError("request body too deep")));
  assert.ok(!isBodyReadError("BadResource"));
});
