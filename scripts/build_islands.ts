/**
 * Bundles the islands (chat, agent console) and the embeddable widget for the browser
 * with esbuild into `static/build/`, plus a manifest with a content version for cache
 * busting. `main.ts` and `dev.ts` call `ensureIslands` (loaded only when the bundles are
 * missing or stale); `deno task build:islands` calls `buildIslands`.
 */
import type * as Esbuild from "esbuild";
import { join, relative, resolve } from "node:path";
import {
  DEFAULT_OUT_DIR,
  freshManifest,
  hashBytes,
  hashSources,
  type IslandsManifest,
  ROOT,
} from "../shared/islands_manifest.ts";

export { DEFAULT_OUT_DIR, freshManifest, type IslandsManifest };

/** Browser bundles by output name: the two islands and the widget loader. */
export const ISLAND_ENTRIES: Readonly<Record<string, string>> = {
  chat: "islands/entry_chat.tsx",
  agent: "islands/entry_agent.tsx",
  widget: "islands/widget.ts",
};

/** Options of `buildIslands`. */
export interface BuildIslandsOptions {
  outDir?: string;
  minify?: boolean;
}

/**
 * esbuild, loaded at the first build only: `--if-stale` with fresh bundles never loads it, so
 * the production image (prebuilt bundles, no esbuild) runs the start task without it.
 */
function loadEsbuild(): Promise<typeof Esbuild> {
  return import("esbuild");
}

// esbuild runs one service process; builds are queued so that stopping it after a build
// never cuts another one short.
let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

/** The hash of the bundles' contents: their version for cache busting. */
async function hashFiles(paths: string[]): Promise<string> {
  const parts: Uint8Array[] = [];
  for (const p of paths) parts.push(await Deno.readFile(p));
  return await hashBytes(parts);
}

/** The project's files in a build's metafile, relative to the root (node_modules left out). */
function projectSources(metafile: Esbuild.Metafile): string[] {
  return Object.keys(metafile.inputs)
    .filter((p) => !p.includes("node_modules/") && !p.includes(":"))
    .map((p) => relative(ROOT, resolve(ROOT, p)))
    .sort();
}

/** Bundles the islands and the widget; returns (and writes) the manifest. */
export function buildIslands(opts: BuildIslandsOptions = {}): Promise<IslandsManifest> {
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  return serialized(async () => {
    const started = performance.now();
    await Deno.mkdir(outDir, { recursive: true });
    // Build beside the output and move the files in: other processes (parallel tests, a
    // second gateway) may be reading or building the same folder.
    const esbuild = await loadEsbuild();
    const tmp = await Deno.makeTempDir({ dir: outDir, prefix: ".tmp-" });
    let sources: string[];
    try {
      const result = await esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: Object.fromEntries(
          Object.entries(ISLAND_ENTRIES).map(([name, path]) => [name, join(ROOT, path)]),
        ),
        outdir: tmp,
        bundle: true,
        // Classic scripts: the widget runs on shops' pages, the islands load with `defer`.
        format: "iife",
        platform: "browser",
        target: ["es2020"],
        jsx: "automatic",
        jsxImportSource: "preact",
        minify: opts.minify ?? true,
        sourcemap: false,
        legalComments: "none",
        logLevel: "silent",
        define: { "process.env.NODE_ENV": '"production"' },
        metafile: true,
      });
      sources = projectSources(result.metafile);
    } catch (err) {
      await Deno.remove(tmp, { recursive: true }).catch(() => {});
      const msg =
        (err as { errors?: { text: string; location?: { file: string; line: number } }[] })
          .errors?.map((e) => `${e.location?.file ?? ""}:${e.location?.line ?? ""} ${e.text}`)
          .join("; ");
      throw new Error(`Cannot bundle the islands: ${msg || String(err)}`, { cause: err });
    } finally {
      await esbuild.stop();
    }
    const files = Object.keys(ISLAND_ENTRIES).map((n) => `${n}.js`);
    const manifest: IslandsManifest = {
      version: await hashFiles(files.map((f) => join(tmp, f))),
      sources,
      sources_hash: await hashSources(sources),
      files,
      ms: Math.round(performance.now() - started),
    };
    await Deno.writeTextFile(join(tmp, "manifest.json"), JSON.stringify(manifest, null, 2));
    for (const f of [...files, "manifest.json"]) await Deno.rename(join(tmp, f), join(outDir, f));
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
    return manifest;
  });
}

/** Returns a fresh build, building first when the bundles are missing or stale. */
export async function ensureIslands(opts: BuildIslandsOptions = {}): Promise<IslandsManifest> {
  return (await freshManifest(opts.outDir)) ?? await buildIslands(opts);
}

if (import.meta.main) {
  const minify = !Deno.args.includes("--no-minify");
  // --if-stale (before `deno task start`): build only when the bundles are missing or were
  // built from other sources, so the server itself never needs to run esbuild.
  const fresh = Deno.args.includes("--if-stale") ? await freshManifest() : null;
  if (fresh) {
    Deno.stdout.writeSync(
      new TextEncoder().encode(`Islands up to date (version ${fresh.version})\n`),
    );
    Deno.exit(0);
  }
  const m = await buildIslands({ minify });
  Deno.stdout.writeSync(
    new TextEncoder().encode(`Built ${m.files.join(", ")} (version ${m.version}) in ${m.ms} ms\n`),
  );
}
