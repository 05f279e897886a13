/**
 * Bundles the islands (chat, agent console) and the embeddable widget for the browser
 * with esbuild into `static/build/`, plus a manifest with a content version for cache
 * busting. `main.ts` and `dev.ts` call `ensureIslands` (loaded only when the bundles are
 * missing or stale); `deno task build:islands` calls `buildIslands`.
 */
import type * as Esbuild from "esbuild";
import { join } from "node:path";
import {
  DEFAULT_OUT_DIR,
  freshManifest,
  type IslandsManifest,
  newestSource,
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

async function hashFiles(paths: string[]): Promise<string> {
  const parts: Uint8Array[] = [];
  for (const p of paths) parts.push(await Deno.readFile(p));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  return Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Bundles the islands and the widget; returns (and writes) the manifest. */
export function buildIslands(opts: BuildIslandsOptions = {}): Promise<IslandsManifest> {
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  return serialized(async () => {
    const started = performance.now();
    const sourcesMtime = await newestSource();
    await Deno.mkdir(outDir, { recursive: true });
    // Build beside the output and move the files in: other processes (parallel tests, a
    // second gateway) may be reading or building the same folder.
    const esbuild = await loadEsbuild();
    const tmp = await Deno.makeTempDir({ dir: outDir, prefix: ".tmp-" });
    try {
      await esbuild.build({
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
      });
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
      sources_mtime: sourcesMtime,
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
  // --if-stale (before `deno task start`): build only when the bundles are missing or older
  // than their sources, so the server itself never needs to run esbuild.
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
