/**
 * The islands' bundles are fresh while the files they were built from say the same thing,
 * whatever those files' times: a clean clone, a copy into an image or a cached image layer
 * changes times, not contents, and a production image (no esbuild) must not try to rebuild.
 */
import { deepEqual, equal, notEqual, ok } from "node:assert/strict";
import { join } from "node:path";
import { buildIslands } from "../scripts/build_islands.ts";
import { freshManifest, hashSources, ROOT } from "../shared/islands_manifest.ts";

Deno.test("bundles stay fresh when their sources' times change, and go stale when a source's content does", async () => {
  const outDir = await Deno.makeTempDir({ prefix: "islands-" });
  try {
    const built = await buildIslands({ outDir });
    // The manifest names the project's files the bundles came from (no packages).
    ok(built.sources.includes("islands/entry_chat.tsx"), built.sources.join(", "));
    ok(built.sources.includes("islands/widget.ts"));
    ok(built.sources.some((s) => s.startsWith("components/")));
    ok(built.sources.every((s) => !s.includes("node_modules") && !s.startsWith("/")));
    deepEqual(await freshManifest(outDir), built);

    // A source's time moved to the future (as a checkout or a COPY into an image does).
    const source = join(ROOT, "islands/widget.ts");
    const before = await Deno.stat(source);
    const future = new Date(Date.now() + 3_600_000);
    await Deno.utime(source, future, future);
    try {
      deepEqual(await freshManifest(outDir), built, "a newer time alone makes no stale bundle");
    } finally {
      await Deno.utime(source, before.atime ?? future, before.mtime ?? future);
    }

    // Built from other contents: stale.
    const manifestPath = join(outDir, "manifest.json");
    const other = { ...built, sources_hash: "000000000000" };
    notEqual(other.sources_hash, await hashSources(built.sources));
    await Deno.writeTextFile(manifestPath, JSON.stringify(other));
    equal(await freshManifest(outDir), null);

    // A source the build used that is gone, or a manifest of the older shape: stale.
    await Deno.writeTextFile(
      manifestPath,
      JSON.stringify({ ...built, sources: [...built.sources, "islands/gone.tsx"] }),
    );
    equal(await freshManifest(outDir), null);
    const { sources: _s, sources_hash: _h, ...older } = built;
    await Deno.writeTextFile(manifestPath, JSON.stringify({ ...older, sources_mtime: 0 }));
    equal(await freshManifest(outDir), null);
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
});
