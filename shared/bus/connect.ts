/**
 * Opens the bus the configuration asks for, with the delivery policy from the config.
 */
import type { Bus, DeliveryPolicy } from "./types.ts";
import { DEFAULT_DELIVERY_POLICY } from "./types.ts";
import { MemoryBus } from "./memory.ts";
import { JetStreamBus } from "./jetstream.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";

/** The delivery policy the configuration sets. */
export function policyFromConfig(config: Config): DeliveryPolicy {
  return {
    ...DEFAULT_DELIVERY_POLICY,
    ackWaitMs: config.ACK_WAIT_MS,
    // Leave room for the runtime's own retries, then the error handler, before the
    // consumer gives a message up.
    maxDeliver: Math.max(config.MAX_DELIVER, config.MAX_RETRIES + 2),
  };
}

/**
 * The servers of a NATS_URL: one URL, or several separated by commas (the servers of a
 * cluster; the client connects to any that is up and fails over to the others).
 */
export function natsServers(url: string): string[] {
  return url.split(",").map((s) => s.trim()).filter(Boolean);
}

/** Connects to JetStream at `url` (see `natsServers`) with the configured policy. */
export function connectJetStream(url: string, config: Config, log: Logger): Promise<JetStreamBus> {
  return JetStreamBus.connect({
    servers: natsServers(url),
    policy: policyFromConfig(config),
    log,
    replicas: config.NATS_STREAM_REPLICAS,
  });
}

/** Creates the in-process bus with the configured policy. */
export function createMemoryBus(config: Config, log: Logger): Bus {
  return new MemoryBus({ policy: policyFromConfig(config), log });
}
