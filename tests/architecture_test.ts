/**
 * The layout's rules, checked on every import of the project (DESIGN.md → Layout): arrows
 * run one way — routes → gateway → mesh → actors → domain → shared — and no source file grows
 * past 400 lines (data and generated files are JSON). A new import that breaks a rule fails
 * here, naming the file, the import and the rule.
 */
import assert from "node:assert/strict";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MAX_LINES = 400;
const SKIP_DIRS = new Set(["node_modules", "data", ".git", "out", "build", "static"]);

/** One relative import: the importing file and the file it resolves to (project paths). */
interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

async function sourceFiles(dir = ROOT): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    const path = join(dir, e.name);
    if (e.isDirectory) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) out.push(...await sourceFiles(path));
    } else if (/\.tsx?$/.test(e.name)) out.push(relative(ROOT, path));
  }
  return out;
}

const IMPORT =
  /^(import|export)\s+(type\s+)?[^'";]*?\s+from\s+["'](\.\.?\/[^"']+)["']|import\(\s*["'](\.\.?\/[^"']+)["']\s*\)|new URL\(\s*["'](\.\.?\/[^"']+\.tsx?)["']/gm;

async function edges(files: string[]): Promise<Edge[]> {
  const out: Edge[] = [];
  for (const from of files) {
    const src = await Deno.readTextFile(join(ROOT, from));
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4] ?? m[5];
      out.push({ from, to: join(dirname(from), spec), typeOnly: Boolean(m[2]) });
    }
  }
  return out;
}

const top = (path: string) => path.split("/")[0];
const isTest = (path: string) =>
  /_test\.tsx?$/.test(path) || top(path) === "tests" || top(path) === "bench";

/** An actor's own folder: `actors/context.ts` and `actors/context/…` are both `context`. */
function actorFolder(path: string): string | null {
  const parts = path.split("/");
  if (parts[0] !== "actors") return null;
  return parts.length === 2 ? parts[1].replace(/\.tsx?$/, "").replace(/_test$/, "") : parts[1];
}

/** The NLU library the two understanding actors (sentiment, intent) share. */
const NLU_USERS = new Set(["sentiment", "intent", "nlu"]);

/** Modules of `shared/` that reach infrastructure: the bus, storage engines. */
const INFRASTRUCTURE = /^shared\/(bus\/|db\/|store\/(kv|redis|mod)\.ts|nats_launcher\.ts)/;

/** The rule an edge breaks, or null. */
function broken(e: Edge): string | null {
  const [a, b] = [top(e.from), top(e.to)];
  if (["main.ts", "dev.ts"].includes(e.to)) {
    return "entry points are not imported: tools and tests start the system from system/";
  }
  if (isTest(e.from) || a === "scripts") return null;
  if (a === "actors") {
    if (["mesh", "routes", "gateway", "mocks", "islands", "components"].includes(b)) {
      return "an actor never reaches the mesh, routes, gateway or the demo store";
    }
    if (INFRASTRUCTURE.test(e.to) && !e.typeOnly) return "an actor reaches no bus or storage";
    if (b === "actors") {
      const [own, other] = [actorFolder(e.from), actorFolder(e.to)];
      if (own !== other && !(other === "nlu" && NLU_USERS.has(own ?? ""))) {
        return "an actor imports only its own folder (and the NLU library), never another actor's";
      }
    }
  }
  if (a === "domain" && !["domain", "shared"].includes(b)) {
    return "domain/ imports only shared/";
  }
  if (a === "shared" && !["shared", "domain"].includes(b)) {
    return "shared/ imports nothing above it";
  }
  if (a === "shared" && b === "domain") return "shared/ imports nothing above it";
  if (b === "actors" && !(a === "actors") && e.from !== "mesh/registry.ts") {
    return "actors are reached only through mesh/registry.ts";
  }
  if (a === "routes" && ["actors", "mocks", "scripts"].includes(b)) {
    return "routes call the gateway, never actors, the demo store or build scripts";
  }
  if (a === "gateway" && ["routes", "actors", "mocks"].includes(b)) {
    return "gateway/ is below routes and never reaches actors or the demo store";
  }
  if (a === "mocks" && !["mocks", "shared"].includes(b) && e.to !== "domain/policy.ts") {
    return "the demo store imports only shared/ and domain/policy.ts of the agent";
  }
  if (b === "mocks" && !["mocks", "system"].includes(a)) {
    return "only system/ (which runs the demo store in-process) imports the demo store";
  }
  if (a === "islands" && !["islands", "components", "shared"].includes(b)) {
    if (!e.typeOnly) return "the browser bundle takes only types from the server";
  }
  return null;
}

Deno.test("imports follow the layout: routes → gateway → mesh → actors → domain → shared", async () => {
  const found = (await edges(await sourceFiles())).flatMap((e) => {
    const rule = broken(e);
    return rule ? [`${e.from} → ${e.to}: ${rule}`] : [];
  });
  assert.deepEqual(found, [], `imports that break the layout:\n${found.join("\n")}`);
});

Deno.test("no source file is longer than 400 lines (data and generated files aside)", async () => {
  const long: string[] = [];
  for (const f of await sourceFiles()) {
    const lines = (await Deno.readTextFile(join(ROOT, f))).split("\n").length;
    if (lines > MAX_LINES) long.push(`${f}: ${lines} lines`);
  }
  assert.deepEqual(long, [], `files over ${MAX_LINES} lines:\n${long.join("\n")}`);
});

Deno.test("the layout check catches what it is meant to catch", () => {
  const rule = (from: string, to: string, typeOnly = false) => broken({ from, to, typeOnly });
  assert.ok(rule("actors/intent.ts", "shared/bus/jetstream.ts"));
  assert.ok(rule("actors/execution.ts", "actors/context/customer_part.ts"));
  assert.ok(rule("routes/app.ts", "actors/escalation_router.ts"));
  assert.ok(rule("domain/policy.ts", "mocks/rules.ts"));
  assert.ok(rule("mocks/rules.ts", "actors/response.ts"));
  assert.ok(rule("scripts/demo.ts", "main.ts"), "a script starts the system from system/");
  assert.ok(rule("routes/app.ts", "mocks/server.ts"));
  assert.equal(rule("system/start.ts", "mocks/server.ts"), null);
  assert.equal(rule("actors/intent.ts", "actors/nlu/entities.ts"), null);
  assert.equal(rule("actors/context.ts", "actors/context/calls.ts"), null);
  assert.equal(rule("mocks/rules.ts", "domain/policy.ts"), null);
  assert.equal(rule("mesh/registry.ts", "actors/intent.ts"), null);
  assert.ok(rule("islands/chat/api.ts", "routes/replies.ts"));
  assert.equal(rule("islands/chat/api.ts", "routes/replies.ts", true), null);
});
