/**
 * Polling: run a task now and then every `ms`, never two at once, paused while the tab
 * is hidden, stopped on unmount.
 */
import { useEffect, useRef } from "preact/hooks";

/** Calls `task` every `ms` while mounted (and while `enabled`). */
export function usePoll(
  task: () => Promise<unknown>,
  ms: number,
  deps: unknown[],
  enabled = true,
): void {
  const latest = useRef(task);
  latest.current = task;
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = async () => {
      timer = null;
      if (stopped) return;
      if (document.visibilityState !== "hidden") {
        try {
          await latest.current();
        } catch {
          // The task shows its own errors; polling goes on.
        }
      }
      if (!stopped) timer = setTimeout(run, ms);
    };
    run();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
    // The caller's deps restart the loop (e.g. another conversation opened).
  }, [ms, enabled, ...deps]);
}
