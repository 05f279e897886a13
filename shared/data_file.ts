/**
 * Data files (Deno KV, SQLite) and their folders, for processes that may be allowed the
 * file alone: an actor Worker gets read and write of its database files, not of DATA_DIR
 * (which also holds the session secret), so its supervisor makes the folder.
 */
import { dirname } from "node:path";

/** Creates the folder of the data file at `path` when this process may write there. */
export async function ensureDataFolder(path: string): Promise<void> {
  if (path === ":memory:") return;
  const dir = dirname(path);
  // Allowed the file only: the folder exists already (the supervisor made it) or opening
  // the file fails next with a clear error of its own.
  if ((await Deno.permissions.query({ name: "write", path: dir })).state !== "granted") return;
  await Deno.mkdir(dir, { recursive: true });
}
