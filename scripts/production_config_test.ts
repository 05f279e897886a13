import assert from "node:assert/strict";
import { DEV_ONLY_PACKAGES, importPackage, productionConfig } from "./production_config.ts";

const ROOT = new URL("../", import.meta.url);
/** What the running system loads: everything but tests, scripts, benchmarks and the build. */
const RUNTIME_DIRS = [
  "actors",
  "components",
  "domain",
  "gateway",
  "islands",
  "mesh",
  "mocks",
  "routes",
  "shared",
];

function sourceFiles(dir: URL): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    const url = new URL(e.isDirectory ? `${e.name}/` : e.name, dir);
    if (e.isDirectory) out.push(...sourceFiles(url));
    else if (/\.tsx?$/.test(e.name) && !/_test\.tsx?$/.test(e.name)) out.push(url.pathname);
  }
  return out;
}

Deno.test("the production config drops dev-only imports and installs nothing at start", () => {
  const config = {
    nodeModulesDir: "auto",
    imports: {
      "hono": "npm:hono@4.13.19",
      "hono/": "npm:/hono@4.13.19/",
      "esbuild": "npm:esbuild@0.28.2",
      "kubernetes-models": "npm:kubernetes-models@5.1.0",
      "kubernetes-models/": "npm:/kubernetes-models@5.1.0/",
      "@opentelemetry/api": "npm:@opentelemetry/api@1.10.0",
      "@opentelemetry/sdk-trace-base": "npm:@opentelemetry/sdk-trace-base@2.12.1",
    },
  };
  const prod = productionConfig(config);
  assert.deepEqual(Object.keys(prod.imports!), ["hono", "hono/", "@opentelemetry/api"]);
  assert.equal(prod.nodeModulesDir, "manual", "a process never installs packages at start");
  assert.equal(Object.keys(config.imports).length, 7, "the input is not changed");
});

Deno.test("every dev-only package is an import of deno.json", () => {
  const imports = JSON.parse(Deno.readTextFileSync(new URL("deno.json", ROOT))).imports;
  const packages = new Set(Object.keys(imports).map(importPackage));
  for (const p of DEV_ONLY_PACKAGES) assert.ok(packages.has(p), `${p} is not in deno.json`);
});

Deno.test("the running system imports no dev-only package", () => {
  const files = [
    new URL("main.ts", ROOT).pathname,
    ...RUNTIME_DIRS.flatMap((d) => sourceFiles(new URL(`${d}/`, ROOT))),
  ];
  assert.ok(files.length > 100);
  const offenders: string[] = [];
  for (const file of files) {
    const text = Deno.readTextFileSync(file);
    for (const p of DEV_ONLY_PACKAGES) {
      // A value import, static or dynamic; `import type` is erased and loads nothing.
      const stat = new RegExp(`^import (?!type\\b)[^;]*?from "${p}(/[^"]*)?";`, "m");
      const dyn = new RegExp(`import\\("${p}(/[^"]*)?"\\)`);
      if (stat.test(text) || dyn.test(text)) offenders.push(`${file}: ${p}`);
    }
  }
  assert.deepEqual(offenders, []);
});
