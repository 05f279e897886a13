/**
 * CPU profiles of a chosen window of this process's main thread (V8's profiler through
 * `node:inspector`), so a profile shows the load and not the start-up.
 */
import { Session } from "node:inspector/promises";
import { type ProfileSummary, summarizeProfile } from "./profile_top.ts";

/** A running profile; `stop` writes it and returns its summary. */
export interface RunningProfile {
  stop(): Promise<ProfileSummary>;
}

/** Starts profiling; `stop()` writes `<dir>/<name>.cpuprofile`. */
export async function startProfile(
  dir: string,
  name: string,
  opts: { top?: number; intervalUs?: number } = {},
): Promise<RunningProfile> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: opts.intervalUs ?? 500 });
  await session.post("Profiler.start");
  return {
    async stop() {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      await Deno.mkdir(dir, { recursive: true });
      const file = `${dir}/${name}.cpuprofile`;
      await Deno.writeTextFile(file, JSON.stringify(profile));
      // deno-lint-ignore no-explicit-any
      return summarizeProfile(file, profile as any, opts.top ?? 12);
    },
  };
}
