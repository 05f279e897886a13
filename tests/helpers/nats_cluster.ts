/**
 * A real, disposable cluster of three nats-servers with JetStream for tests: loopback ports,
 * a store folder each, routes between them, one cluster name per test; a server can be killed
 * (SIGKILL, as a crash) and the rest removed when disposed.
 */
import { findBinary, freePort, waitForPort } from "./binaries.ts";

/** A running 3-server cluster. */
export interface NatsCluster extends AsyncDisposable {
  /** NATS_URL for the mesh: the three client URLs, comma-separated. */
  readonly url: string;
  /** Client URL of each server, by server name (`n1`, `n2`, `n3`). */
  readonly servers: Record<string, string>;
  /** Kills a server at once (SIGKILL) and waits for it to be gone. */
  kill(name: string): Promise<void>;
}

/** Waits until a server's monitoring endpoint says JetStream is current with the cluster. */
async function waitHealthy(monitorPort: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${monitorPort}/healthz`);
      last = await res.text();
      if (res.ok) return;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Cannot start the NATS cluster: a server is not healthy (${last})`);
}

/** Starts three clustered nats-servers with JetStream and waits until they agree. */
export async function startNatsCluster(): Promise<NatsCluster> {
  const binary = findBinary("nats-server");
  if (!binary) throw new Error("Cannot start nats-server: it is not on the PATH");
  const names = ["n1", "n2", "n3"];
  const ports = names.map(() => ({ client: freePort(), cluster: freePort(), monitor: freePort() }));
  const clusterName = `test_${crypto.randomUUID().slice(0, 8)}`;
  const dirs: string[] = [];
  const children = new Map<string, Deno.ChildProcess>();
  const stop = async (name: string, signal: Deno.Signal) => {
    const child = children.get(name);
    children.delete(name);
    if (!child) return;
    try {
      child.kill(signal);
    } catch {
      // already exited
    }
    await child.status;
  };
  const dispose = async () => {
    for (const name of [...children.keys()]) await stop(name, "SIGTERM");
    for (const d of dirs) await Deno.remove(d, { recursive: true }).catch(() => {});
  };
  try {
    for (const [i, name] of names.entries()) {
      const dir = await Deno.makeTempDir({ prefix: `mesh_nats_${name}_` });
      dirs.push(dir);
      const routes = ports.filter((_, j) => j !== i)
        .map((p) => `nats://127.0.0.1:${p.cluster}`).join(",");
      const args = [
        ...["-js", "-a", "127.0.0.1", "-p", String(ports[i].client), "-sd", dir],
        ...["-m", String(ports[i].monitor), "--name", name, "--cluster_name", clusterName],
        ...["--cluster", `nats://127.0.0.1:${ports[i].cluster}`, "--routes", routes],
      ];
      children.set(
        name,
        new Deno.Command(binary, { args, stdin: "null", stdout: "null", stderr: "null" }).spawn(),
      );
    }
    for (const p of ports) await waitForPort(p.client, 10_000);
    for (const p of ports) await waitHealthy(p.monitor, 30_000);
  } catch (err) {
    await dispose();
    throw err;
  }
  const servers = Object.fromEntries(
    names.map((n, i) => [n, `nats://127.0.0.1:${ports[i].client}`]),
  );
  return {
    url: Object.values(servers).join(","),
    servers,
    kill: (name) => stop(name, "SIGKILL"),
    [Symbol.asyncDispose]: dispose,
  };
}
