/**
 * Checks the Dockerfile against the code: a multi-stage, non-root image on denoland/deno 2,
 * and the commands the deployments run are deno.json tasks.
 */
import assert from "node:assert/strict";
import { read } from "./helpers/deploy_files.ts";
import { meshContainers, PORTS } from "./helpers/k8s_manifests.ts";

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function dockerInstructions(): string[] {
  const lines = read("Dockerfile").split("\n").map((l) => l.trim());
  const out: string[] = [];
  let current = "";
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    current += (current ? " " : "") + line.replace(/\\$/, "").trim();
    if (!line.endsWith("\\")) {
      out.push(current);
      current = "";
    }
  }
  return out;
}

/** The Dockerfile's stages: their FROM line and the instructions after it. */
function dockerStages(): { from: string; name: string | null; lines: string[] }[] {
  const stages: { from: string; name: string | null; lines: string[] }[] = [];
  for (const line of dockerInstructions()) {
    const m = line.match(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i);
    if (m) stages.push({ from: m[1], name: m[2] ?? null, lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

Deno.test("the Dockerfile builds in stages and ships a non-root image on denoland/deno 2", () => {
  const stages = dockerStages();
  assert.deepEqual(stages.map((s) => s.name), ["build", "prod-deps", null]);
  const [build, deps, image] = stages;
  assert.match(build.from, /^denoland\/deno:2(\.\d+){0,2}$/);
  assert.equal(deps.from, "build", "prod-deps starts from build's package cache");
  assert.equal(image.from, build.from, "the image is on the same base as the build");

  // build: dependencies cached in a layer before the source comes in, then the bundles.
  const at = (lines: string[], re: RegExp) => lines.findIndex((l) => re.test(l));
  const b = build.lines;
  const install = at(b, /^RUN deno install --frozen$/);
  const copyAll = at(b, /^COPY\b.*\s\.\s+\.$/);
  assert.ok(at(b, /^USER deno$/) >= 0 && at(b, /^USER deno$/) < install, "installed as root");
  assert.ok(at(b, /^COPY\b.*deno\.json deno\.lock/) < install && install < copyAll);
  assert.ok(at(b, /^RUN deno task build:islands$/) > copyAll, "the islands are not prebuilt");

  // prod-deps: the production deno.json, then only the entry points' packages.
  const d = deps.lines.join(" ");
  assert.match(d, /scripts\/production_config\.ts deno\.json/);
  assert.match(d, /rm -rf node_modules/);
  assert.match(
    d,
    /deno install --node-modules-dir=auto --entrypoint main\.ts mocks\/main\.ts mesh\/worker\.ts actors\/\*\.ts/,
  );
  assert.ok(!/build_islands/.test(d), "esbuild's entry point would pull it into the image");

  // The image: runs as deno; nothing installed or downloaded here, only copied.
  const l = image.lines;
  const user = at(l, /^USER\s+deno$/);
  assert.ok(user > 0, "no USER deno");
  assert.ok(!l.slice(user + 1).some((x) => /^USER\s/.test(x)), "switches user again");
  assert.ok(!l.some((x) => /^RUN\b.*deno (install|cache)\b/.test(x)), "installs in the image");
  const copyFrom = (stage: string, path: string) =>
    at(l, new RegExp(`^COPY --from=${stage}\\b.*\\s${path.replaceAll(".", "\\.")}(\\s|$)`));
  const source = at(l, /^COPY --chown=deno:deno \. \.$/);
  assert.ok(copyFrom("prod-deps", "/app/node_modules") >= 0, "no node_modules from prod-deps");
  assert.ok(copyFrom("prod-deps", "/app/deno.json") > source, "the project's deno.json wins");
  assert.ok(copyFrom("prod-deps", "/app/deno.lock") > source, "the project's lockfile wins");
  assert.ok(copyFrom("build", "/app/static/build") > source, "no prebuilt bundles");
  const expose = l.find((x) => /^EXPOSE\s/.test(x)) ?? "";
  assert.deepEqual(expose.split(/\s+/).slice(1).map(Number), [PORTS.gateway, PORTS.store]);
  const health = l.find((x) => /^HEALTHCHECK\s/.test(x)) ?? "";
  assert.match(health, /CMD \["deno", "eval"/, "HEALTHCHECK does not ask Deno");
  assert.match(health, /\/health`/, "HEALTHCHECK does not hit /health");
  const all = dockerInstructions();
  assert.ok(!all.some((x) => /\b(curl|wget)\b/.test(x)), "curl and wget are not in the image");
  assert.equal(all.at(-1), 'CMD ["deno", "task", "start"]');
  const ignore = read(".dockerignore");
  for (const p of ["node_modules", ".git", "data", "static/build"]) {
    assert.match(
      ignore,
      new RegExp(`^${p.replace(".", "\\.")}$`, "m"),
      `${p} is sent to the build`,
    );
  }
});

Deno.test("the commands the deployments run are deno.json tasks", () => {
  const tasks = JSON.parse(read("deno.json")).tasks;
  const used = new Set<string>();
  for (const { c } of meshContainers()) {
    const cmd = [...(c.command ?? []), ...(c.args ?? [])];
    assert.deepEqual(cmd.slice(0, 2), ["deno", "task"], c.name);
    used.add(cmd[2]);
  }
  assert.deepEqual([...used].sort(), ["actor", "mocks", "start"]);
  for (const t of used) assert.ok(tasks[t], `deno.json has no task ${t}`);
  assert.match(tasks.actor, /main\.ts actor$/);
});
