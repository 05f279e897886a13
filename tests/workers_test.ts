/**
 * NATS with Workers: a Worker that dies in the middle of a message is restarted, and the
 * message is redelivered and reaches the end of its route once.
 */
import assert from "node:assert/strict";
import { natsMissing, startNats } from "./helpers/nats.ts";
import { JetStreamBus } from "../shared/bus/jetstream.ts";
import { type ActorSpec, WorkerSupervisor } from "../mesh/supervisor.ts";
import { loadConfig } from "../shared/config.ts";
import { silentLogger } from "../shared/log.ts";
import { createMessage, Message } from "../shared/protocol.ts";
import type { ProgressEvent } from "../mesh/wire.ts";

const fixtures = new URL("./fixtures/test_actors.ts", import.meta.url).href;
const spec = (name: string, exportName: string): ActorSpec => ({
  name,
  module: fixtures,
  exportName,
  depsModule: fixtures,
});

Deno.test({
  name: "NATS: a Worker killed mid-message is restarted and the message arrives once",
  ignore: natsMissing(),
  async fn() {
    await using nats = await startNats();
    const marker = await Deno.makeTempFile({ prefix: "mesh_marker_" });
    Deno.env.set("MESH_TEST_MARKER", marker);
    const started = () => Deno.readTextFile(marker);
    const config = loadConfig({ ACK_WAIT_MS: "2500", MAX_DELIVER: "5", LOG_LEVEL: "error" });
    await using sup = new WorkerSupervisor({
      specs: [spec("t_one", "stepOne"), spec("t_slow", "slow"), spec("t_handler", "handler")],
      config,
      natsUrl: nats.url,
      log: silentLogger,
      restartBaseMs: 50,
      // The slow fixture reports through a file named in the environment: more than actor
      // Workers get (tests/access_privileges_test.ts checks what they do get).
      permissions: "inherit",
    });
    await sup.start();
    await using bus = await JetStreamBus.connect({ servers: nats.url, log: silentLogger });
    const replies: Message[] = [];
    const firstStepDone = Promise.withResolvers<void>();
    const subs = [
      bus.subscribe("mesh.reply.test", (data) => {
        replies.push(Message.parse(JSON.parse(new TextDecoder().decode(data))));
      }),
      bus.subscribe("mesh.progress.test", (data) => {
        const ev: ProgressEvent = JSON.parse(new TextDecoder().decode(data));
        if (ev.actor === "t_one") firstStepDone.resolve();
      }),
    ];
    const msg = createMessage({
      text: "where is ORD-1001",
      conversationId: "c-worker",
      steps: ["t_one", "t_slow"],
      errorHandler: "t_handler",
      replyTo: "mesh.reply.test",
    });
    await bus.publish("t_one", new TextEncoder().encode(JSON.stringify(msg)));
    await firstStepDone.promise;
    // Kill t_slow only once it is in the middle of the message.
    for (let i = 0; i < 300 && !(await started()).includes(`${msg.id} 1`); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    sup.kill("t_slow");
    assert.equal(sup.states().find((s) => s.name === "t_slow")?.state, "restarting");
    await sup.whenReady("t_slow");
    for (let i = 0; i < 100 && replies.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 2000)); // room for a duplicate, if any
    for (const s of subs) s.unsubscribe();
    assert.equal(replies.length, 1, "the message reaches the end once");
    const slowStep = replies[0].route.history.find((h) => h.actor === "t_slow");
    assert.equal(slowStep?.outcome, "ok");
    assert.ok((slowStep?.attempt ?? 0) >= 2, "it was a redelivery");
    assert.match(await started(), new RegExp(`${msg.id} 2`), "the restarted Worker took it again");
    Deno.env.delete("MESH_TEST_MARKER");
    await Deno.remove(marker);
    const state = sup.states().find((s) => s.name === "t_slow");
    assert.equal(state?.restarts, 1);
    assert.equal(state?.state, "ready");
  },
});
