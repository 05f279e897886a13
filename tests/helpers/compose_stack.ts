/**
 * The compose stack on the host's network for the container tests: docker-compose.yml with
 * docker-compose.host.yml, every port a free one (the variables of deploy/host.env), its own
 * project name and volumes, brought down with its volumes when disposed.
 */
import { freePort } from "./binaries.ts";
import { docker, PROJECT } from "./docker.ts";
import { waitUntilReady } from "./shopper_http.ts";

/** The Debian image container-base.sh makes where no registry is reachable. */
const LOCAL_DEBIAN = "local/debian-minbase:bookworm";

/** Options of `startComposeStack`. */
export interface ComposeStackOptions {
  /** Tag of the mesh image (`support-mesh:<tag>`), already built. */
  tag: string;
  /** The shop's secret for customer tokens (the gateways run production auth). */
  customerTokenSecret: string;
  /** How long the gateways may take to be ready. */
  readyTimeoutMs: number;
}

/** A running stack. */
export interface ComposeStack extends AsyncDisposable {
  readonly project: string;
  /** The two gateways' base URLs. */
  readonly gateways: [string, string];
  /** The client URLs of the three NATS servers, by service name. */
  readonly nats: Record<string, string>;
  /** Runs a docker-compose command on this stack; returns its output. */
  compose(args: string[]): Promise<string>;
}

/** The port variables of deploy/host.env, each given a free port. */
function freePorts(): Record<string, string> {
  const names = Deno.readTextFileSync(new URL("deploy/host.env", PROJECT))
    .split("\n").map((l) => l.match(/^([A-Z0-9_]+_PORT)=/)?.[1]).filter((n) => n !== undefined);
  const taken = new Set<number>();
  const out: Record<string, string> = {};
  for (const name of names) {
    let port = freePort();
    while (taken.has(port)) port = freePort();
    taken.add(port);
    out[name] = String(port);
  }
  return out;
}

async function hasImage(name: string): Promise<boolean> {
  return await docker("docker", ["image", "inspect", name]).then(() => true, () => false);
}

/** Builds what the stack builds (the NATS, Redis and PostgreSQL image) and starts it. */
export async function startComposeStack(opts: ComposeStackOptions): Promise<ComposeStack> {
  const project = `smtest${crypto.randomUUID().slice(0, 8)}`;
  const ports = freePorts();
  const env: Record<string, string> = {
    ...ports,
    TAG: opts.tag,
    POSTGRES_PASSWORD: crypto.randomUUID(),
    AUTH_MODE: "production",
    CUSTOMER_TOKEN_SECRET: opts.customerTokenSecret,
  };
  if (await hasImage(LOCAL_DEBIAN)) env.DEBIAN_IMAGE = LOCAL_DEBIAN;
  const files = [
    "--env-file",
    "deploy/host.env",
    "-f",
    "docker-compose.yml",
    "-f",
    "docker-compose.host.yml",
    "-p",
    project,
  ];
  const compose = (args: string[]) => docker("docker-compose", [...files, ...args], { env });
  const down = () => compose(["down", "-v", "--remove-orphans", "-t", "10"]).catch(() => "");
  const onUnload = () => {
    new Deno.Command("docker-compose", {
      args: [...files, "down", "-v", "--remove-orphans", "-t", "5"],
      cwd: PROJECT,
      env,
      stdout: "null",
      stderr: "null",
    }).outputSync();
  };
  globalThis.addEventListener("unload", onUnload);
  const gateways: [string, string] = [
    `http://127.0.0.1:${ports.GATEWAY_1_PORT}`,
    `http://127.0.0.1:${ports.GATEWAY_2_PORT}`,
  ];
  const describe = async () => {
    const ps = await compose(["ps"]).catch((e) => String(e));
    const logs = await compose(["logs", "--tail", "15", "gateway", "gateway-2", "aggregator"])
      .catch((e) => String(e));
    return `${ps}\n${logs}`;
  };
  try {
    await compose(["build", "nats-1"]);
    await compose(["up", "-d", "--no-build"]).catch(async (err) => {
      throw new Error(`${err.message}\n${await describe()}`);
    });
    for (const g of gateways) {
      await waitUntilReady(`${g}/health/ready`, { timeoutMs: opts.readyTimeoutMs, describe });
    }
  } catch (err) {
    await down();
    globalThis.removeEventListener("unload", onUnload);
    throw err;
  }
  return {
    project,
    gateways,
    nats: Object.fromEntries(
      [1, 2, 3].map((i) => [`nats-${i}`, `nats://127.0.0.1:${ports[`NATS_${i}_PORT`]}`]),
    ),
    compose,
    async [Symbol.asyncDispose]() {
      await down();
      globalThis.removeEventListener("unload", onUnload);
    },
  };
}
