/**
 * A small mesh for runtime tests: a bus (in-process or JetStream on a real nats-server),
 * test actors running on it, and a reply collector.
 */
import type { Bus, DeliveryPolicy } from "../../shared/bus/types.ts";
import { MemoryBus } from "../../shared/bus/memory.ts";
import { JetStreamBus } from "../../shared/bus/jetstream.ts";
import { type ActorHandle, LocalSteps, runActor } from "../../mesh/runtime.ts";
import { OUTCOME_HEADER } from "../../mesh/wire.ts";
import type { ActorDef } from "../../shared/actor.ts";
import { createMessage, Message } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { startNats } from "./nats.ts";

/** Which bus a test mesh runs on. */
export type BusChoice = "in_process" | "jetstream";

/** A reply seen on the test reply subject. */
export interface SeenReply {
  message: Message;
  failed: boolean;
}

/** A running test mesh. */
export interface TestMesh extends AsyncDisposable {
  bus: Bus;
  natsUrl: string | null;
  replies: SeenReply[];
  /** The isolate's step registry when the mesh chains local steps, else null. */
  local: LocalSteps | null;
  /** Starts an actor on the mesh. */
  run(actor: ActorDef<never, unknown> | ActorDef, deps?: unknown): Promise<ActorHandle>;
  /** Sends a message along `steps`; returns its id. */
  send(
    steps: string[],
    opts?: { errorHandler?: string; text?: string; progress?: boolean },
  ): Promise<Message>;
  /** Waits for the reply to message `id`. */
  waitReply(id: string, timeoutMs?: number): Promise<SeenReply>;
}

/** Delivery policy of test meshes: short waits so redelivery tests run fast. */
export const TEST_POLICY: Partial<DeliveryPolicy> = { ackWaitMs: 1000, maxDeliver: 6 };

/** Starts a test mesh on the chosen bus. */
export async function startMesh(
  choice: BusChoice,
  policy: Partial<DeliveryPolicy> = TEST_POLICY,
  opts: { chain?: boolean } = {},
): Promise<TestMesh> {
  const local = opts.chain ? new LocalSteps() : null;
  const nats = choice === "jetstream" ? await startNats() : null;
  const bus: Bus = nats
    ? await JetStreamBus.connect({ servers: nats.url, policy, log: silentLogger })
    : new MemoryBus({ policy, log: silentLogger });
  const handles: ActorHandle[] = [];
  const replies: SeenReply[] = [];
  const waiters = new Map<string, (r: SeenReply) => void>();
  const sub = bus.subscribe("mesh.reply.test", (data, _subject, headers) => {
    const message = Message.parse(JSON.parse(new TextDecoder().decode(data)));
    const reply = { message, failed: headers[OUTCOME_HEADER] === "failed" };
    replies.push(reply);
    waiters.get(message.id)?.(reply);
  });
  return {
    bus,
    natsUrl: nats?.url ?? null,
    replies,
    local,
    async run(actor, deps = {}) {
      const handle = await runActor({
        bus,
        actor: actor as ActorDef,
        deps,
        log: silentLogger,
        deadlineMs: 5000,
        maxRetries: 3,
        retryBaseMs: 20,
        concurrency: 8,
        local: local ?? undefined,
      });
      handles.push(handle);
      return handle;
    },
    async send(steps, opts = {}) {
      const msg = createMessage({
        text: opts.text ?? "where is my order ORD-1001?",
        conversationId: "conv-test",
        steps,
        errorHandler: opts.errorHandler ?? "t_handler",
        replyTo: "mesh.reply.test",
        channel: "test",
        progress: opts.progress,
      });
      await bus.publish(steps[0], new TextEncoder().encode(JSON.stringify(msg)), {
        msgId: `${msg.id}:0:1`,
      });
      return msg;
    },
    waitReply(id, timeoutMs = 10_000) {
      const seen = replies.find((r) => r.message.id === id);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(id);
          reject(new Error(`No reply to ${id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(id, (r) => {
          clearTimeout(timer);
          waiters.delete(id);
          resolve(r);
        });
      });
    },
    async [Symbol.asyncDispose]() {
      sub.unsubscribe();
      for (const h of handles) await h.drain();
      await bus[Symbol.asyncDispose]();
      await nats?.[Symbol.asyncDispose]();
    },
  };
}
