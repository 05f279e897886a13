/**
 * Reads V8 CPU profiles (`.cpuprofile`, from `deno task bench --profile` or any
 * `deno run --cpu-prof`) and prints where the time went: the top functions by self time,
 * by inclusive time, and self time by package or project folder.
 *
 *   deno run -A bench/profile_top.ts <dir or file> [--top=25] [--json]
 */
// deno-lint-ignore-file no-console

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Top costs of one profile. */
export interface ProfileSummary {
  file: string;
  /** The actor a Worker's profile belongs to (from the actor module it loaded), if any. */
  actor: string | null;
  total_ms: number;
  /** Share of samples not idle. */
  busy_ms: number;
  self: { fn: string; ms: number; pct: number }[];
  inclusive: { fn: string; ms: number; pct: number }[];
  by_area: { area: string; ms: number; pct: number }[];
  /**
   * Self time by what the code is for (NATS client, runtime, validation, SQLite, KV, NLU…):
   * frames of Deno's runtime, V8 and native calls count for the category that called them.
   */
  categories: { category: string; ms: number; pct: number }[];
  /** The top functions (self time) within each category. */
  category_top: Record<string, { fn: string; ms: number }[]>;
}

/** What a frame's own code is for, or null to take its caller's category. */
export function categoryOf(frame: CallFrame): string | null {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "gc";
  if (functionName === "(program)") return "v8 (program)";
  if (!url || url.startsWith("ext:") || url.startsWith("node:")) {
    if (url === "ext:deno_kv/01_db.ts" || /^op_kv_/.test(functionName)) return "kv store";
    if (/deno_http/.test(url)) return "gateway http";
    return null;
  }
  if (/@nats-io/.test(url)) return "nats client";
  if (/\/shared\/bus\//.test(url)) return "bus adapter";
  if (/\/actors\/runtime\.ts/.test(url)) return "actor runtime";
  if (/zod/.test(url)) return "zod validation";
  if (/\/shared\/db\//.test(url)) return "sqlite history";
  if (/\/shared\/store\//.test(url)) return "kv store";
  if (/wink|\/actors\/nlu\/|\/actors\/(intent|sentiment)\.ts/.test(url)) return "nlu";
  if (/\/actors\//.test(url)) return "other actors";
  if (/\/mocks\//.test(url)) return "demo store (mock)";
  if (/\/shared\/store_client\.ts|\/shared\/circuit_breaker\.ts/.test(url)) {
    return "store client";
  }
  if (/\/routes\/|hono/.test(url)) return "gateway http";
  if (/\/bench\//.test(url)) return "bench";
  return "other";
}

function shortUrl(url: string): string {
  const m = url.match(/node_modules\/\.deno\/([^/]+)\//) ??
    url.match(/npm\/[^/]+\/([^/]+\/[^/]+)\//);
  if (m) return `npm:${m[1]}`;
  const main = url.match(/\/work\/[^/]+\/(.+)$/);
  if (main) return main[1];
  return url.replace(/^ext:/, "ext:");
}

/** The area a frame belongs to: an npm package, a project folder, Deno's runtime, or V8. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (
      functionName === "(idle)" || functionName === "(program)" ||
      functionName === "(garbage collector)"
    ) {
      return functionName;
    }
    return "(native)";
  }
  const npm = url.match(/node_modules\/\.deno\/([^/@]+|@[^/]+?)@/) ??
    url.match(/node_modules\/(@[^/]+\/[^/]+|[^/@][^/]*)\//);
  if (npm) return `npm:${npm[1].replace("+", "/")}`;
  if (url.startsWith("ext:") || url.startsWith("node:")) {
    return url.split("/")[0].replace(/:.*$/, "") + ":" + (url.split(/[:/]/)[1] ?? "");
  }
  const main = url.match(/\/work\/[^/]+\/([^/]+)\/([^/]+)/);
  if (main) return main[1].endsWith(".ts") ? main[1] : `${main[1]}/${main[2]}`;
  return shortUrl(url);
}

/** Modules under actors/ that every Worker loads. */
const INFRA = new Set(["runtime", "deps", "mod", "worker", "types", "supervisor"]);

function label(f: CallFrame): string {
  return `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
}

/** Summarises one profile. */
export function summarizeProfile(file: string, p: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  if (p.samples && p.timeDeltas) {
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      selfMs.set(p.samples[i], (selfMs.get(p.samples[i]) ?? 0) + dt);
    }
  }
  const total = (p.endTime - p.startTime) / 1000;
  const self = new Map<string, number>();
  const area = new Map<string, number>();
  let idle = 0;
  for (const n of p.nodes) {
    const ms = selfMs.get(n.id) ?? 0;
    if (n.callFrame.functionName === "(idle)") idle += ms;
    const k = label(n.callFrame);
    self.set(k, (self.get(k) ?? 0) + ms);
    const a = areaOf(n.callFrame);
    area.set(a, (area.get(a) ?? 0) + ms);
  }
  // Inclusive time: each node's subtree, counted once per function on a path.
  const inclusive = new Map<string, number>();
  const subtree = new Map<number, number>();
  const sizeOf = (id: number): number => {
    const cached = subtree.get(id);
    if (cached !== undefined) return cached;
    const n = byId.get(id)!;
    let s = selfMs.get(id) ?? 0;
    for (const c of n.children ?? []) s += sizeOf(c);
    subtree.set(id, s);
    return s;
  };
  const walk = (id: number, onPath: Set<string>) => {
    const n = byId.get(id)!;
    const k = label(n.callFrame);
    const fresh = !onPath.has(k);
    if (fresh) {
      inclusive.set(k, (inclusive.get(k) ?? 0) + sizeOf(id));
      onPath.add(k);
    }
    for (const c of n.children ?? []) walk(c, onPath);
    if (fresh) onPath.delete(k);
  };
  walk(p.nodes[0].id, new Set());
  // Categories: each node's own, or its caller's when it has none (runtime, V8, native).
  const category = new Map<string, number>();
  const inCategory = new Map<string, Map<string, number>>();
  const stack: [number, string][] = [[p.nodes[0].id, "other"]];
  while (stack.length) {
    const [id, inherited] = stack.pop()!;
    const n = byId.get(id)!;
    const c = categoryOf(n.callFrame) ?? inherited;
    const ms = selfMs.get(id) ?? 0;
    if (n.callFrame.functionName !== "(idle)" && ms) {
      category.set(c, (category.get(c) ?? 0) + ms);
      const fns = inCategory.get(c) ?? new Map<string, number>();
      const k = label(n.callFrame);
      fns.set(k, (fns.get(k) ?? 0) + ms);
      inCategory.set(c, fns);
    }
    for (const child of n.children ?? []) stack.push([child, c]);
  }
  const busy = total - idle;
  const rank = (m: Map<string, number>, skip: (k: string) => boolean) =>
    [...m].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => ({
      k,
      ms: Math.round(ms),
      pct: Math.round((ms / busy) * 1000) / 10,
    }));
  const boring = (k: string) => /^\((root|idle|program)\)/.test(k);
  const actorFiles = new Set(
    p.nodes.map((n) => n.callFrame.url.match(/\/actors\/([a-z_]+)\.ts$/)?.[1])
      .filter((a): a is string => !!a && !INFRA.has(a)),
  );
  return {
    file,
    actor: actorFiles.size === 1 ? [...actorFiles][0] : null,
    total_ms: Math.round(total),
    busy_ms: Math.round(busy),
    self: rank(self, boring).map(({ k, ms, pct }) => ({ fn: k, ms, pct })),
    inclusive: rank(inclusive, boring).map(({ k, ms, pct }) => ({ fn: k, ms, pct })),
    by_area: rank(area, (k) => k === "(idle)").map(({ k, ms, pct }) => ({ area: k, ms, pct })),
    categories: rank(category, () => false).map(({ k, ms, pct }) => ({
      category: k,
      ms,
      pct,
    })),
    category_top: Object.fromEntries(
      [...inCategory].map(([c, fns]) => [
        c,
        [...fns].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([fn, ms]) => ({
          fn,
          ms: Math.round(ms),
        })),
      ]),
    ),
  };
}

async function files(path: string): Promise<string[]> {
  const info = await Deno.stat(path);
  if (info.isFile) return [path];
  const out: string[] = [];
  for await (const e of Deno.readDir(path)) {
    const p = `${path}/${e.name}`;
    if (e.isDirectory) out.push(...await files(p));
    else if (e.name.endsWith(".cpuprofile")) out.push(p);
  }
  return out.sort();
}

if (import.meta.main) {
  const target = Deno.args.find((a) => !a.startsWith("--")) ?? "bench/profiles";
  const top = Number(Deno.args.find((a) => a.startsWith("--top="))?.slice(6) ?? 25);
  const json = Deno.args.includes("--json");
  const out: ProfileSummary[] = [];
  for (const f of await files(target)) {
    out.push(summarizeProfile(f, JSON.parse(await Deno.readTextFile(f)), top));
  }
  if (json) console.log(JSON.stringify(out));
  else {
    for (const s of out) {
      console.log(`\n== ${s.file}: ${s.total_ms} ms, busy ${s.busy_ms} ms`);
      console.log("-- by category (self, callers' category for runtime and native frames):");
      for (const c of s.categories) {
        console.log(
          `  ${String(c.pct).padStart(5)}%  ${String(c.ms).padStart(6)} ms  ${c.category}`,
        );
        if (Deno.args.includes("--detail")) {
          for (const f of s.category_top[c.category] ?? []) {
            console.log(`             ${String(f.ms).padStart(6)} ms  ${f.fn}`);
          }
        }
      }
      console.log("-- by area (self):");
      for (const a of s.by_area) {
        console.log(`  ${String(a.pct).padStart(5)}%  ${String(a.ms).padStart(6)} ms  ${a.area}`);
      }
      console.log("-- top self:");
      for (const a of s.self) {
        console.log(`  ${String(a.pct).padStart(5)}%  ${String(a.ms).padStart(6)} ms  ${a.fn}`);
      }
      console.log("-- top inclusive:");
      for (const a of s.inclusive) {
        console.log(`  ${String(a.pct).padStart(5)}%  ${String(a.ms).padStart(6)} ms  ${a.fn}`);
      }
    }
  }
}
