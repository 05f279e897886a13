/**
 * The aggregator's SQLite write alone: real finished turns (snapshotted as they reached the
 * aggregator in the direct chain) recorded with group commit in batches, on a database that
 * grows as it would, with the CPU time a turn, the wall time a turn and, with
 * `--statements`, the wall time of each statement a turn. `--accepted` accepts each turn
 * first, as the gateway does (its own batch, not counted), so the record is the system's.
 * `--envelope=no-orders|no-context`
 * stores a smaller envelope, to weigh what its size costs. For A/B runs of a change to the
 * history's writes on a shared machine: the load average is printed beside every figure.
 *
 *   deno run -A bench/history_write.ts [--turns=6000] [--batch=32] [--envelope=full]
 *     [--statements] [--accepted]
 */
// deno-lint-ignore-file no-console
import { cpuUsage } from "node:process";
import { aggregate } from "../actors/aggregator.ts";
import { HistoryDb } from "../shared/db/history.ts";
import { type Params, Sql } from "../shared/db/sql.ts";
import { newId } from "../shared/ids.ts";
import type { Message } from "../shared/protocol.ts";
import { directFloor } from "./direct_chain.ts";
import { openDirectWorld } from "./direct_world.ts";
import { startStoreProcess } from "./store_server.ts";

/** The settings of one run. */
interface Options {
  turns: number;
  batch: number;
  envelope: "full" | "no-orders" | "no-context";
  statements: boolean;
  accepted: boolean;
}

function parse(args: string[]): Options {
  const o: Options = {
    turns: 6000,
    batch: 32,
    envelope: "full",
    statements: false,
    accepted: false,
  };
  for (const arg of args) {
    const [k, v = ""] = arg.split(/=(.*)/s, 2);
    if (k === "--turns") o.turns = Number(v);
    else if (k === "--batch") o.batch = Number(v);
    else if (k === "--envelope" && ["full", "no-orders", "no-context"].includes(v)) {
      o.envelope = v as Options["envelope"];
    } else if (k === "--statements") o.statements = true;
    else if (k === "--accepted") o.accepted = true;
    else throw new Error(`Cannot read the flag ${arg}: unknown`);
  }
  return o;
}

/** The aggregator's inputs of 500 turns through the direct chain. */
async function aggregatorInputs(): Promise<Message[]> {
  await using store = await startStoreProcess();
  await using world = await openDirectWorld(200, { STORE_API_URL: store.url });
  const { runs } = await directFloor(world, 500);
  return runs.flatMap((r) => r.inputs.filter((_, i) => r.steps[i] === "aggregator"));
}

/** The finished turn as the aggregator records it, shrunk as `envelope` asks. */
function finished(m: Message, envelope: Options["envelope"]): Message {
  const payload = { ...m.payload, aggregation: aggregate(m, new Date()) };
  if (envelope === "no-orders" && payload.context) {
    payload.context = { ...payload.context, orders: [] };
  }
  if (envelope === "no-context") delete payload.context;
  return { ...m, payload };
}

/** The turn as the gateway accepted it: no enrichments, no history yet. */
function asAccepted(m: Message): Message {
  return {
    ...m,
    route: { ...m.route, current: 0, history: [] },
    payload: { customer_message: m.payload.customer_message },
    errors: [],
  };
}

/** Wall time of each statement, by its first words (patches `Sql` for this process). */
function timeStatements(): Map<string, { ms: number; n: number }> {
  const acc = new Map<string, { ms: number; n: number }>();
  for (const name of ["run", "get", "all"] as const) {
    const original = Sql.prototype[name] as (this: Sql, sql: string, p?: Params) => unknown;
    // deno-lint-ignore no-explicit-any
    (Sql.prototype as any)[name] = function (this: Sql, sql: string, p?: Params) {
      const t = performance.now();
      const out = original.call(this, sql, p);
      const key = sql.replace(/\s+/g, " ").slice(0, 48);
      const a = acc.get(key) ?? { ms: 0, n: 0 };
      a.ms += performance.now() - t;
      a.n++;
      acc.set(key, a);
      return out;
    };
  }
  return acc;
}

const loadavg = () => Number(Deno.readTextFileSync("/proc/loadavg").split(" ")[0]);

if (import.meta.main) {
  const o = parse(Deno.args);
  const inputs = (await aggregatorInputs()).map((m) => finished(m, o.envelope));
  const statements = o.statements ? timeStatements() : null;
  const dir = await Deno.makeTempDir({ prefix: "bench_history_" });
  const db = await HistoryDb.open(`${dir}/history.db`);
  let i = 0;
  const cpu = { us: 0 };
  const record = async (count: number) => {
    for (let k = 0; k < count; k += o.batch) {
      const turns = Array.from({ length: o.batch }, () => ({
        ...inputs[i++ % inputs.length],
        id: newId(),
      }));
      if (o.accepted) {
        // What the gateway stored when it accepted the turn: the envelope as it entered.
        await Promise.all(turns.map((m) => db.acceptInboundGrouped(asAccepted(m))));
      }
      const c0 = cpuUsage();
      await Promise.all(turns.map((m) => db.recordTurnGrouped(m)));
      const used = cpuUsage(c0);
      cpu.us += used.user + used.system;
    }
  };
  const loadBefore = loadavg();
  await record(2000); // a database that already holds turns, and a warm JIT
  statements?.clear();
  cpu.us = 0;
  const t0 = performance.now();
  await record(o.turns);
  const wallMs = performance.now() - t0;
  db.closeSync();
  const sizeMb = (await Deno.stat(`${dir}/history.db`)).size / 1e6;
  await Deno.remove(dir, { recursive: true });
  const perTurn: Record<string, number> = {};
  for (const [k, a] of statements ?? []) perTurn[k] = Math.round(a.ms * 1e4 / o.turns) / 10;
  console.log(JSON.stringify({
    envelope: o.envelope,
    batch: o.batch,
    turns: o.turns,
    accepted: o.accepted,
    cpu_us_per_turn: Math.round(cpu.us / o.turns),
    wall_us_per_turn_all: Math.round(wallMs * 1000 / o.turns),
    statements_wall_us_per_turn: statements ? perTurn : undefined,
    db_mb: Math.round(sizeMb),
    load_before: loadBefore,
    load_after: loadavg(),
  }));
}
