/**
 * The docker CLI for the container tests: whether containers can be built and run here, and
 * the few commands the tests need. Where docker cannot run, a test is skipped with a one-line
 * reason, except under `CI=true`, where it fails.
 */
import { findBinary, inCI } from "./binaries.ts";

/** The project folder (the build context). */
export const PROJECT = new URL("../../", import.meta.url);

/** The base image the Dockerfile starts from, as its first FROM names it. */
export function baseImage(): string {
  const dockerfile = Deno.readTextFileSync(new URL("Dockerfile", PROJECT));
  const from = dockerfile.match(/^FROM\s+(\S+)/m);
  if (!from) throw new Error("Cannot read the Dockerfile: it has no FROM");
  return from[1];
}

const HINT = "run ../shared/tools/container-base.sh";

/** Why containers cannot be built and run here, or null when they can. */
export async function dockerUnavailable(opts: { compose?: boolean } = {}): Promise<string | null> {
  if (!findBinary("docker")) return `docker not found on PATH (${HINT})`;
  const info = await new Deno.Command("docker", {
    args: ["info", "--format", "{{.ServerVersion}}"],
    stdout: "null",
    stderr: "piped",
  }).output();
  if (!info.success) {
    const why = new TextDecoder().decode(info.stderr).trim().split("\n").at(-1);
    return `docker cannot reach its daemon (${why}; ${HINT})`;
  }
  const base = baseImage();
  const image = await new Deno.Command("docker", {
    args: ["image", "inspect", base],
    stdout: "null",
    stderr: "null",
  }).output();
  if (!image.success) return `the base image ${base} is not here and no registry is (${HINT})`;
  if (opts.compose && !findBinary("docker-compose")) {
    return `docker-compose not found on PATH (apt-get install docker-compose, or ${HINT})`;
  }
  return null;
}

/**
 * True when container tests should be ignored: prints a one-line reason. Under CI=true a
 * machine that cannot run them fails instead.
 */
export async function containersMissing(opts: { compose?: boolean } = {}): Promise<boolean> {
  const reason = await dockerUnavailable(opts);
  if (reason === null) return false;
  if (inCI()) throw new Error(`Cannot run the container tests: ${reason}`);
  // deno-lint-ignore no-console
  console.warn(`skip: ${reason}`);
  return true;
}

/** Options of `docker`. */
export interface DockerOptions {
  /** Extra environment of the command (docker-compose reads its variables from it). */
  env?: Record<string, string>;
  signal?: AbortSignal;
}

/** Runs a docker (or docker-compose) command in the project folder; returns its stdout. */
export async function docker(
  program: "docker" | "docker-compose",
  args: string[],
  opts: DockerOptions = {},
): Promise<string> {
  const out = await new Deno.Command(program, {
    args,
    cwd: PROJECT,
    env: opts.env,
    stdout: "piped",
    stderr: "piped",
    signal: opts.signal,
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  if (!out.success) {
    const stderr = new TextDecoder().decode(out.stderr).trim().split("\n").slice(-15).join("\n");
    throw new Error(`Cannot run ${program} ${args.slice(0, 3).join(" ")}: ${stderr}`);
  }
  return stdout;
}

/** Builds the project's image as `tag`, exactly as documented: `docker build --network host .` */
export async function buildImage(tag: string): Promise<void> {
  await docker("docker", ["build", "-q", "--network", "host", "-t", tag, "."]);
}

/** Removes a container or an image now, ignoring what is already gone (for unload handlers). */
export function removeSync(kind: "container" | "image", name: string): void {
  const args = kind === "container" ? ["rm", "-f", "-v", name] : ["rmi", "-f", name];
  new Deno.Command("docker", { args, stdout: "null", stderr: "null" }).outputSync();
}

/** The last lines of a container's log, for a failure message. */
export async function logsOf(container: string, lines = 40): Promise<string> {
  const out = await new Deno.Command("docker", {
    args: ["logs", "--tail", String(lines), container],
    stdout: "piped",
    stderr: "piped",
  }).output();
  return new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
}
