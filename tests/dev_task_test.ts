/**
 * `deno task dev`, as a developer runs it: the server answers, a source change restarts it
 * with the same agent token (kept under DATA_DIR, mode 0600), and SIGTERM stops the server
 * and its watcher together: the task exits 0 and none of its processes is left.
 */
import assert from "node:assert/strict";
import { freePort } from "./helpers/binaries.ts";

const root = new URL("..", import.meta.url).pathname;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The processes below `pid` (children, theirs, …), read from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    try {
      const stat = Deno.readTextFileSync(`/proc/${e.name}/stat`);
      // pid (comm) state ppid …: comm may hold spaces, so read after its closing paren.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(e.name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parents) {
      if (parent === p) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return out;
}

/** Whether `pid` still runs (a zombie waiting to be reaped does not). */
function running(pid: number): boolean {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

Deno.test({
  name:
    "deno task dev keeps the agent token across a restart and stops with its watcher on SIGTERM",
  ignore: Deno.build.os !== "linux",
  async fn() {
    // Under ./data: the dev permission set writes there. The watcher watches a folder of the
    // test's own, so the test changes no source file.
    await Deno.mkdir(`${root}data`, { recursive: true });
    const dataDir = await Deno.makeTempDir({ dir: `${root}data`, prefix: "test_dev_" });
    const watched = `${dataDir}/src`;
    await Deno.mkdir(watched);
    const port = freePort();
    const child = new Deno.Command(Deno.execPath(), {
      args: ["task", "dev", `--watch=${watched.slice(root.length)}`],
      cwd: root,
      env: { PORT: String(port), MOCKS_PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info" },
      stdout: "null",
      stderr: "piped",
    }).spawn();
    const lines: Record<string, unknown>[] = [];
    /** What the task printed besides its JSON log (a crash's message), for a failure to show. */
    const other: string[] = [];
    const reading = (async () => {
      const decoder = new TextDecoder();
      let buffer = "";
      for await (const chunk of child.stderr) {
        buffer += decoder.decode(chunk);
        const parts = buffer.split("\n");
        buffer = parts.pop()!;
        for (const l of parts) {
          if (l.startsWith("{")) lines.push(JSON.parse(l));
          else if (l.trim()) other.push(l);
        }
      }
    })();
    const ready = () => lines.filter((l) => l.msg === "Dev server ready: edits restart it");
    const waitReady = async (n: number) => {
      for (let i = 0; i < 300 && ready().length < n; i++) await sleep(200);
      assert.equal(
        ready().length,
        n,
        `ready ${n} times: ${JSON.stringify(lines.slice(-3))}; besides: ${
          other.slice(-8).join(" | ")
        }`,
      );
    };
    const agentApi = (token: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/agent/handoffs`, {
        headers: { authorization: `Bearer ${token}` },
      }).then(async (r) => (await r.body?.cancel(), r.status), () => 0);
    let processes: number[] = [];
    try {
      await waitReady(1);
      const token = ready()[0].agent_token;
      assert.match(String(token), /^[0-9a-f]{32}$/);
      assert.equal(await agentApi(token), 200, "the printed token opens the agent API");
      const file = await Deno.stat(`${dataDir}/agent_token`);
      assert.equal(file.mode! & 0o777, 0o600, "the kept token is the owner's alone");

      await Deno.writeTextFile(`${watched}/edited.ts`, "export const x = 1;\n");
      await waitReady(2);
      assert.ok(lines.some((l) => l.msg === "Source changed: restarting the dev server"));
      assert.equal(ready()[1].agent_token, token, "the same token after the restart");
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = await agentApi(token);
        if (status !== 200) await sleep(100);
      }
      assert.equal(status, 200, "the console stays signed in");
      processes = descendants(child.pid);
      assert.ok(processes.length >= 2, `the watcher and the server run: ${processes}`);
    } finally {
      child.kill("SIGTERM");
    }
    // A task that outlives SIGTERM (the old `--watch` did) fails here rather than hangs.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const exit = await Promise.race([
      child.status,
      new Promise<null>((r) => timer = setTimeout(() => r(null), 30_000)),
    ]);
    clearTimeout(timer);
    if (!exit) {
      for (const pid of [...descendants(child.pid), child.pid]) Deno.kill(pid, "SIGKILL");
      await child.status;
    }
    await reading;
    for (let i = 0; i < 50 && processes.some(running); i++) await sleep(100);
    const left = processes.filter(running);
    for (const pid of left) Deno.kill(pid, "SIGKILL");
    await Deno.remove(dataDir, { recursive: true });
    assert.equal(exit?.code, 0, "deno task dev exits 0 on SIGTERM, within 30 s");
    assert.deepEqual(left, [], "no process of the task is left running");
    assert.ok(lines.some((l) => l.msg === "Dev server and watcher stopped"));
  },
});
