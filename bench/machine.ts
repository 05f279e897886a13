/**
 * What the benchmark ran on and how busy it was: cores, CPU model, memory, load average,
 * and the resident size of processes.
 */

/** The machine, as printed with every run. */
export interface MachineInfo {
  nproc: number;
  cpu_model: string;
  mem_total_mb: number;
  deno: string;
  v8: string;
  nats_server: string | null;
  os: string;
}

/** Load averages (1, 5, 15 minutes) and when they were read. */
export interface LoadSample {
  at: string;
  load1: number;
  load5: number;
  load15: number;
  /** `uptime` as printed by the system, for the record. */
  uptime: string;
}

function readText(path: string): string {
  try {
    return Deno.readTextFileSync(path);
  } catch {
    return "";
  }
}

/** Describes this machine. */
export async function machineInfo(natsBinary: string | null): Promise<MachineInfo> {
  const cpuinfo = readText("/proc/cpuinfo");
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? "unknown";
  const memKb = Number(readText("/proc/meminfo").match(/^MemTotal:\s+(\d+)/m)?.[1] ?? 0);
  let nats: string | null = null;
  if (natsBinary) {
    const out = await new Deno.Command(natsBinary, { args: ["--version"], stdout: "piped" })
      .output().catch(() => null);
    nats = out ? new TextDecoder().decode(out.stdout).trim() : null;
  }
  return {
    nproc: navigator.hardwareConcurrency,
    cpu_model: model,
    mem_total_mb: Math.round(memKb / 1024),
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    nats_server: nats,
    os: `${Deno.build.os} ${Deno.osRelease()}`,
  };
}

/** Reads the load average now (and `uptime`'s line). */
export async function loadSample(): Promise<LoadSample> {
  const [l1, l5, l15] = Deno.loadavg();
  const out = await new Deno.Command("uptime", { stdout: "piped", stderr: "null" }).output()
    .catch(() => null);
  return {
    at: new Date().toISOString(),
    load1: l1,
    load5: l5,
    load15: l15,
    uptime: out ? new TextDecoder().decode(out.stdout).trim() : "",
  };
}

/** Resident size of a process in MB from /proc/<pid>/status (VmRSS), or null. */
export function rssOfPid(pid: number): number | null {
  const kb = readText(`/proc/${pid}/status`).match(/^VmRSS:\s+(\d+)/m)?.[1];
  return kb === undefined ? null : Math.round(Number(kb) / 102.4) / 10;
}

/** Resident size of this process in MB. */
export function ownRssMb(): number {
  return Math.round(Deno.memoryUsage().rss / 104857.6) / 10;
}

/** CPU time (user + system) of a process in seconds from /proc/<pid>/stat, or null. */
export function cpuSecondsOfPid(pid: number): number | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  // Fields after the command (which may hold spaces) start after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100;
}
