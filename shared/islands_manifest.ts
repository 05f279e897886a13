/**
 * The browser bundles' manifest: where the islands' bundles are and whether they are
 * fresh. Reading it needs no bundler, so the running gateway never loads esbuild; building
 * is `scripts/build_islands.ts`.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (this file lives in `shared/`). */
export const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Folders whose files end up in the bundles (their changes make a bundle stale). */
const SOURCE_DIRS = ["islands", "components"];

/** Where bundles go by default. */
export const DEFAULT_OUT_DIR = join(ROOT, "static", "build");

/** What a build wrote (also kept as `manifest.json` in the output folder). */
export interface IslandsManifest {
  /** Hash of all bundles: changes when any bundle changes. */
  version: string;
  /** Newest source file time (ms) the bundles were built from. */
  sources_mtime: number;
  files: string[];
  ms: number;
}

/** The newest time (ms) a browser source file was changed; 0 where there are none. */
export async function newestSource(): Promise<number> {
  let newest = 0;
  async function walk(dir: string): Promise<void> {
    for await (const e of Deno.readDir(dir)) {
      const path = join(dir, e.name);
      if (e.isDirectory) await walk(path);
      else if (/\.(tsx?|jsx?)$/.test(e.name) && !/_test\.tsx?$/.test(e.name)) {
        const mtime = (await Deno.stat(path)).mtime?.getTime() ?? 0;
        if (mtime > newest) newest = mtime;
      }
    }
  }
  for (const d of SOURCE_DIRS) {
    try {
      await walk(join(ROOT, d));
    } catch {
      // a missing folder holds nothing newer
    }
  }
  return newest;
}

/** Reads the manifest of a build that is complete and newer than every source, or null. */
export async function freshManifest(outDir = DEFAULT_OUT_DIR): Promise<IslandsManifest | null> {
  let manifest: IslandsManifest;
  try {
    manifest = JSON.parse(await Deno.readTextFile(join(outDir, "manifest.json")));
    for (const f of manifest.files) await Deno.stat(join(outDir, f));
  } catch {
    return null;
  }
  const newest = await newestSource();
  // No sources (a deployed image with prebuilt bundles) means nothing can be stale.
  return newest === 0 || manifest.sources_mtime >= newest ? manifest : null;
}
