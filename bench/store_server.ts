/**
 * The demo store in its own process on a free loopback port (for `--separate-store`: the
 * shop's API is not part of the support system, so it should not share its thread).
 * Prints `{"url": …}` once it listens; stops on SIGTERM.
 *
 *   deno run -A bench/store_server.ts
 */
// deno-lint-ignore-file no-console
import { silentLogger } from "../shared/log.ts";
import { startStore } from "../mocks/server.ts";

/** A demo store running in a child process. */
export interface StoreProcess extends AsyncDisposable {
  url: string;
  pid: number;
}

/** Starts the demo store in a child process and waits for its URL. */
export async function startStoreProcess(): Promise<StoreProcess> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL(import.meta.url).pathname],
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  try {
    while (!text.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) throw new Error("Cannot start the demo store: it exited");
      text += value;
    }
  } finally {
    clearTimeout(timer);
  }
  reader.releaseLock();
  child.stdout.cancel().catch(() => {});
  const { url } = JSON.parse(text.split("\n")[0]);
  return {
    url,
    pid: child.pid,
    async [Symbol.asyncDispose]() {
      try {
        child.kill("SIGTERM");
      } catch { /* gone */ }
      await child.status;
    },
  };
}

if (import.meta.main) {
  const store = await startStore({ port: 0, hostname: "127.0.0.1", log: silentLogger });
  console.log(JSON.stringify({ url: store.url }));
  Deno.addSignalListener("SIGTERM", async () => {
    await store.close();
    Deno.exit(0);
  });
}
