/**
 * Finds the server binaries and browser that tests start for real. Where one is missing a
 * test is skipped with a one-line reason, except under `CI=true`, where it fails.
 */

/** Looks a program up on the PATH (and in /usr/sbin, where Debian puts some servers). */
export function findBinary(name: string): string | null {
  const path = Deno.env.get("PATH") ?? "";
  const dirs = [...path.split(":").filter(Boolean), "/usr/sbin", "/usr/bin", "/usr/local/bin"];
  for (const dir of dirs) {
    const candidate = `${dir}/${name}`;
    try {
      const info = Deno.statSync(candidate);
      if (info.isFile && ((info.mode ?? 0o111) & 0o111) !== 0) return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** True when running in CI, where a missing binary is a failure, not a skip. */
export function inCI(): boolean {
  return Deno.env.get("CI") === "true";
}

/**
 * Returns whether a test needing `name` should be ignored. Prints a one-line reason when
 * it is missing; throws under CI.
 */
export function missing(name: string): boolean {
  if (findBinary(name)) return false;
  const reason = `${name} not found on PATH (apt-get install ${debianPackage(name)})`;
  if (inCI()) throw new Error(`Cannot run tests that need ${name}: ${reason}`);
  // deno-lint-ignore no-console
  console.warn(`skip: ${reason}`);
  return true;
}

function debianPackage(name: string): string {
  return name === "redis-server" ? "redis-server" : name === "chromium" ? "chromium" : name;
}

/** Returns a free TCP port on loopback. */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Waits until a TCP port accepts connections, or throws after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const conn = await Deno.connect({ hostname: "127.0.0.1", port });
      conn.close();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error(`Cannot reach 127.0.0.1:${port}: nothing listened within ${timeoutMs} ms`);
}
