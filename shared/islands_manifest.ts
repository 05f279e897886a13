/**
 * The browser bundles' manifest: where the islands' bundles are and whether they are
 * fresh. Reading it needs no bundler, so the running gateway never loads esbuild; building
 * is `scripts/build_islands.ts`.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (this file lives in `shared/`). */
export const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Where bundles go by default. */
export const DEFAULT_OUT_DIR = join(ROOT, "static", "build");

/** What a build wrote (also kept as `manifest.json` in the output folder). */
export interface IslandsManifest {
  /** Hash of all bundles: changes when any bundle changes. */
  version: string;
  /**
   * The project's files the bundles were built from (relative to the root, node_modules
   * left out) and a hash of their contents: the bundles are stale when it changes. Contents,
   * not times: a checkout, a copy into an image or a cached image layer changes files' times
   * and not what they say.
   */
  sources: string[];
  sources_hash: string;
  files: string[];
  ms: number;
}

/** A short SHA-256 of byte strings, in order (12 hex digits). */
export async function hashBytes(parts: Uint8Array[]): Promise<string> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  return Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The hash of source files (paths relative to the root) by name and content; throws when one is gone. */
export async function hashSources(sources: string[]): Promise<string> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const s of [...sources].sort()) {
    parts.push(enc.encode(`${s}\0`), await Deno.readFile(join(ROOT, s)), enc.encode("\0"));
  }
  return await hashBytes(parts);
}

/** Reads the manifest of a build that is complete and made from the sources as they are now, or null. */
export async function freshManifest(outDir = DEFAULT_OUT_DIR): Promise<IslandsManifest | null> {
  try {
    const manifest: IslandsManifest = JSON.parse(
      await Deno.readTextFile(join(outDir, "manifest.json")),
    );
    for (const f of manifest.files) await Deno.stat(join(outDir, f));
    if (!Array.isArray(manifest.sources) || manifest.sources.length === 0) return null;
    return await hashSources(manifest.sources) === manifest.sources_hash ? manifest : null;
  } catch {
    // no manifest, a bundle or a source gone, or an older manifest's shape: build again
    return null;
  }
}
