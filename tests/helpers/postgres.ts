/**
 * A real, disposable PostgreSQL for tests: `initdb` in a temporary folder, `postgres` on a
 * free loopback port with fsync off, run as the `postgres` user when the tests run as root
 * (PostgreSQL refuses root). Each test takes a fresh database of its own, so tests can run
 * side by side. Everything is stopped and removed on dispose.
 */
import postgres from "postgres";
import { findBinary, freePort, inCI } from "./binaries.ts";

/** A database made for one test. */
export interface TestDatabase extends AsyncDisposable {
  /** `postgres://app@127.0.0.1:<port>/<name>`. */
  readonly url: string;
  readonly name: string;
}

/** A running test PostgreSQL. */
export interface PostgresServer extends AsyncDisposable {
  /** URL of its `postgres` database (the superuser `app`, no password). */
  readonly url: string;
  readonly port: number;
  /** Creates an empty database; dropping it is its dispose. */
  createDatabase(): Promise<TestDatabase>;
  /** Stops the server (fast shutdown) and removes its folder. */
  stop(): Promise<void>;
}

/** The folder holding `initdb`, `postgres` and `pg_ctl`, or null. */
export function findPostgresBin(): string | null {
  const onPath = findBinary("initdb");
  if (onPath && findBinary("postgres")) return onPath.slice(0, onPath.lastIndexOf("/"));
  // Debian keeps them beside the version, off the PATH.
  try {
    const versions = [...Deno.readDirSync("/usr/lib/postgresql")]
      .map((e) => e.name)
      .filter((n) => /^\d+$/.test(n))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const bin = `/usr/lib/postgresql/${v}/bin`;
      if (exists(`${bin}/initdb`) && exists(`${bin}/postgres`)) return bin;
    }
  } catch {
    // no /usr/lib/postgresql
  }
  return null;
}

/**
 * True when tests needing PostgreSQL should be skipped (prints a one-line reason). Under
 * `CI=true` a missing PostgreSQL is a failure.
 */
export function postgresMissing(): boolean {
  if (findPostgresBin()) return false;
  const reason = "PostgreSQL not found (apt-get install postgresql)";
  if (inCI()) throw new Error(`Cannot run tests that need PostgreSQL: ${reason}`);
  // deno-lint-ignore no-console
  console.warn(`skip: ${reason}`);
  return true;
}

/** Runs `initdb` and starts `postgres` on a free port; resolves once it answers queries. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("Cannot start PostgreSQL: initdb and postgres not found");
  const user = await runAs();
  const dir = await Deno.makeTempDir({ prefix: "sm-pg-" });
  const port = freePort();
  let child: Deno.ChildProcess | null = null;
  const log: string[] = [];
  try {
    if (user) await Deno.chown(dir, user.uid, user.gid);
    const init = await new Deno.Command(`${bin}/initdb`, {
      args: ["-D", `${dir}/data`, "-A", "trust", "-U", "app", "-E", "UTF8", "--no-sync"],
      ...user,
      env: { LC_ALL: "C.UTF-8" },
      stdout: "null",
      stderr: "piped",
    }).output();
    if (!init.success) {
      throw new Error(`Cannot initialise PostgreSQL: ${new TextDecoder().decode(init.stderr)}`);
    }
    child = new Deno.Command(`${bin}/postgres`, {
      args: [
        ...["-D", `${dir}/data`, "-p", String(port), "-k", dir],
        ...["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
        ...["-c", "full_page_writes=off", "-c", "max_connections=200"],
      ],
      ...user,
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).spawn();
    collect(child.stderr, log);
    await waitForQueries(`postgres://app@127.0.0.1:${port}/postgres`, child);
  } catch (err) {
    await shutdown(child);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    const tail = log.join("").split("\n").slice(-5).join(" | ");
    throw new Error(`Cannot start PostgreSQL on port ${port}: ${err} ${tail}`, { cause: err });
  }
  const url = `postgres://app@127.0.0.1:${port}/postgres`;
  const admin = postgres(url, { max: 1, onnotice: () => {}, idle_timeout: 1 });

  async function stop(): Promise<void> {
    await admin.end({ timeout: 1 }).catch(() => {});
    await shutdown(child);
    child = null;
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }

  return {
    url,
    port,
    async createDatabase() {
      const name = `sm_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
      await admin.unsafe(`CREATE DATABASE ${name}`);
      return {
        name,
        url: `postgres://app@127.0.0.1:${port}/${name}`,
        async [Symbol.asyncDispose]() {
          await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

/** The `postgres` user when running as root (PostgreSQL will not run as root), else none. */
async function runAs(): Promise<{ uid: number; gid: number } | null> {
  if (Deno.uid() !== 0) return null;
  const passwd = await Deno.readTextFile("/etc/passwd");
  const line = passwd.split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("Cannot start PostgreSQL as root: there is no postgres user");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Waits until the server accepts a query (it listens before it has finished starting). */
async function waitForQueries(url: string, child: Deno.ChildProcess): Promise<void> {
  let exited = false;
  child.status.then(() => (exited = true));
  const until = Date.now() + 30_000;
  let last: unknown = null;
  while (Date.now() < until && !exited) {
    const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 2 });
    try {
      await sql`SELECT 1`;
      return;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  }
  throw new Error(exited ? "the server exited" : `no answer within 30 s (${last})`);
}

async function shutdown(child: Deno.ChildProcess | null): Promise<void> {
  if (!child) return;
  try {
    // SIGINT is PostgreSQL's fast shutdown: sessions are ended, no waiting for clients.
    child.kill("SIGINT");
  } catch {
    // already exited
  }
  await child.status;
}

/** Keeps the server's log (for the error message when it fails to start). */
async function collect(stream: ReadableStream<Uint8Array>, into: string[]): Promise<void> {
  const decoder = new TextDecoder();
  try {
    for await (const chunk of stream) {
      into.push(decoder.decode(chunk));
      if (into.length > 200) into.splice(0, into.length - 200);
    }
  } catch {
    // the process is gone
  }
}

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}
