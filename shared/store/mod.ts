/**
 * The session store: `openStore` picks Redis when `REDIS_URL` is set, else Deno KV.
 */
import { redactUrl } from "../redact.ts";
import { ensureDataFolder } from "../data_file.ts";
import type { Config } from "../config.ts";
import { describeError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { KvStore } from "./kv.ts";
import { RedisStore } from "./redis.ts";
import type { Store, StoreOptions } from "./types.ts";

export { KvStore } from "./kv.ts";
export { RedisStore, type RedisStoreOptions } from "./redis.ts";
export {
  SessionMode,
  SessionRecord,
  type SessionRecordInput,
  type Store,
  type StoreKind,
  type StoreOptions,
  windowResetMs,
} from "./types.ts";

/**
 * Opens the configured store. A Redis that cannot be reached at start does not stop the
 * system: the store starts degraded (calls fail as retryable, `ping` is false) and
 * connects in the background.
 */
export async function openStore(
  config: Pick<Config, "REDIS_URL" | "kvPath">,
  log: Logger,
  opts: StoreOptions = {},
): Promise<Store> {
  const url = config.REDIS_URL;
  if (url) {
    const where = redactUrl(url);
    try {
      const store = await RedisStore.connect(url, { ...opts, log });
      log.info("Store: Redis", { store: "redis", url: where });
      return store;
    } catch (err) {
      log.warn("Store: Redis unreachable at start; running degraded until it answers", {
        store: "redis",
        url: where,
        error: describeError(err),
      });
      return await RedisStore.connect(url, { ...opts, log, waitForConnection: false });
    }
  }
  await ensureDataFolder(config.kvPath);
  const store = await KvStore.open(config.kvPath, opts);
  log.info("Store: Deno KV", { store: "kv", path: config.kvPath });
  return store;
}
