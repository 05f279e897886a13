import assert from "node:assert/strict";
import { Hono } from "hono";
import { allowWidgetFraming, widgetAncestors } from "./framing.ts";
import { security } from "./limits.ts";
import { loadConfig } from "../shared/config.ts";

function app(env: Record<string, string>) {
  const a = new Hono();
  a.use("/", allowWidgetFraming(loadConfig(env)));
  a.use("*", security());
  a.get("/", (c) => c.html("<p>chat</p>"));
  a.get("/agent", (c) => c.html("<p>agent</p>"));
  return a;
}

async function ancestors(a: Hono, path: string) {
  const res = await a.request(path);
  const csp = res.headers.get("content-security-policy") ?? "";
  return {
    sources: /frame-ancestors ([^;]*)/.exec(csp)?.[1],
    xfo: res.headers.get("x-frame-options"),
  };
}

Deno.test("framing: the widget's chat follows FRAME_ANCESTORS, else CORS_ORIGINS", async () => {
  const cases: [Record<string, string>, string][] = [
    [{}, "'self'"],
    [{ CORS_ORIGINS: "https://shop.example" }, "'self' https://shop.example"],
    [{ CORS_ORIGINS: "https://shop.example", FRAME_ANCESTORS: "*" }, "*"],
    [{ CORS_ORIGINS: "https://shop.example", FRAME_ANCESTORS: "none" }, "'self'"],
    [
      {
        CORS_ORIGINS: "https://a.example",
        FRAME_ANCESTORS: "https://b.example, http://c.test:8080",
      },
      "'self' https://b.example http://c.test:8080",
    ],
  ];
  for (const [env, want] of cases) {
    const a = app(env);
    assert.deepEqual(
      await ancestors(a, "/?embed=1"),
      { sources: want, xfo: null },
      JSON.stringify(env),
    );
    for (const path of ["/", "/agent", "/agent?embed=1", "/?embed=yes"]) {
      assert.deepEqual(await ancestors(a, path), { sources: "'none'", xfo: "DENY" }, path);
    }
  }
  assert.equal(widgetAncestors({ frameAncestors: [] }), "'self'");
});

Deno.test("framing: origins that could break the policy are refused at start-up", () => {
  for (
    const bad of [
      "https://shop.example/",
      "https://shop.example/path",
      "shop.example",
      "https://a.example; script-src *",
      "'unsafe-inline'",
      "*, https://a.example",
      "javascript:alert(1)",
    ]
  ) {
    assert.throws(() => loadConfig({ FRAME_ANCESTORS: bad }), /FRAME_ANCESTORS/, bad);
    assert.throws(() => loadConfig({ CORS_ORIGINS: bad }), /CORS_ORIGINS/, bad);
  }
  assert.deepEqual(loadConfig({ FRAME_ANCESTORS: " * " }).frameAncestors, ["*"]);
  assert.deepEqual(loadConfig({ CORS_ORIGINS: "" }).frameAncestors, []);
});
