/**
 * Writes the deno.json of the production image: the project's own, without the imports that
 * only tests, benchmarks and the islands' build use, and with `nodeModulesDir: "manual"`. The
 * Dockerfile runs it before installing the entry points' packages (`--node-modules-dir=auto`
 * for that one install), so those packages are neither in the image's node_modules nor in its
 * lockfile. "manual": a process takes node_modules as the image ships it; with "auto" Deno
 * would ask the npm registry about every import at each start.
 *
 *   deno run --allow-read=deno.json --allow-write=deno.json scripts/production_config.ts
 */

/**
 * npm packages imported only by tests, benchmarks and `deno task build:islands`. The running
 * system must not import them (scripts/production_config_test.ts checks the source).
 */
export const DEV_ONLY_PACKAGES: readonly string[] = [
  "playwright-core",
  "kubernetes-models",
  "yaml",
  "esbuild",
  "@opentelemetry/sdk-trace-base",
];

/** The part of deno.json this script changes. */
export interface DenoConfig {
  imports?: Record<string, string>;
  [key: string]: unknown;
}

/** The import-map key's package name: `hono/` → `hono`, `@a/b/` → `@a/b`. */
export function importPackage(key: string): string {
  return key.replace(/\/$/, "");
}

/**
 * Returns `config` without the imports of `DEV_ONLY_PACKAGES` (prefix entries included) and
 * with node_modules left as installed.
 */
export function productionConfig(config: DenoConfig): DenoConfig {
  const imports = Object.fromEntries(
    Object.entries(config.imports ?? {}).filter(([key]) =>
      !DEV_ONLY_PACKAGES.includes(importPackage(key))
    ),
  );
  return { ...config, nodeModulesDir: "manual", imports };
}

if (import.meta.main) {
  const path = Deno.args[0] ?? "deno.json";
  const config = JSON.parse(await Deno.readTextFile(path)) as DenoConfig;
  await Deno.writeTextFile(path, JSON.stringify(productionConfig(config), null, 2) + "\n");
}
