/**
 * The actor runtime on both buses: routes, retries, the error handler, monotonic
 * enrichment and dead letters.
 */
import assert from "node:assert/strict";
import type { ActorDef } from "../shared/actor.ts";
import { type BusChoice, startMesh } from "./helpers/mesh.ts";
import { natsMissing } from "./helpers/nats.ts";
import {
  alwaysFails,
  flaky,
  handler,
  overwriter,
  permanentFail,
  sneakyRouter,
  stepOne,
  stepThree,
  stepTwo,
} from "./fixtures/test_actors.ts";

const BUSES: { choice: BusChoice; ignore: boolean }[] = [
  { choice: "in_process", ignore: false },
  { choice: "jetstream", ignore: natsMissing() },
];

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const { choice, ignore } of BUSES) {
  Deno.test({
    name: `[${choice}] a message on a three-step route ends with three enrichments and its history`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [stepOne, stepTwo, stepThree, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_two", "t_three"]);
      const { message, failed } = await mesh.waitReply(sent.id);
      assert.equal(failed, false);
      assert.equal(message.payload.sentiment?.label, "neutral");
      assert.equal(message.payload.intent?.intent, "order_status");
      assert.equal(message.payload.context?.summary, "guest");
      assert.deepEqual(message.route.history.map((h) => [h.actor, h.outcome]), [
        ["t_one", "ok"],
        ["t_two", "ok"],
        ["t_three", "ok"],
      ]);
      assert.equal(message.route.current, 3);
      assert.equal(message.errors.length, 0);
      for (const h of message.route.history) assert.ok(h.ms >= 0 && h.started);
    },
  });

  Deno.test({
    name: `[${choice}] a step that fails twice with a retryable error completes on its third try`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [stepOne, flaky, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_flaky"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.ok(message.payload.context, "the flaky step's enrichment is there");
      const step = message.route.history.find((h) => h.actor === "t_flaky");
      assert.equal(step?.outcome, "ok");
      assert.equal(step?.attempt, 3, "the history records the third attempt");
      assert.equal(message.payload.escalation, undefined, "the error handler was not needed");
    },
  });

  Deno.test({
    name: `[${choice}] a step that always fails reaches the error handler once, with its error`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [stepOne, alwaysFails, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_fails", "t_three"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.payload.escalation?.failed_actor, "t_fails");
      assert.match(message.payload.escalation?.reason ?? "", /connection refused/);
      assert.equal(message.errors.length, 1);
      assert.equal(message.errors[0].kind, "retryable");
      assert.equal(message.errors[0].attempt, 4, "three retries, then the handler");
      assert.equal(message.payload.sentiment?.label, "neutral", "earlier enrichment kept");
      assert.equal(message.payload.context, undefined);
      await delay(300);
      assert.equal(mesh.replies.filter((r) => r.message.id === sent.id).length, 1, "no loop");
      assert.equal((await mesh.bus.deadLetters()).length, 0, "nothing dead-lettered");
    },
  });

  Deno.test({
    name: `[${choice}] a permanent error goes to the error handler at once`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [permanentFail, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_permanent"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.errors[0].kind, "permanent");
      assert.equal(message.errors[0].attempt, 1);
      assert.equal(message.payload.escalation?.failed_actor, "t_permanent");
    },
  });

  Deno.test({
    name: `[${choice}] an actor that tries to overwrite another's key is refused`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [stepOne, overwriter, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_overwrite"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.payload.sentiment?.label, "neutral", "the first value stays");
      assert.equal(message.errors[0].kind, "permanent");
      assert.match(message.errors[0].message, /already set/);
      assert.equal(message.errors[0].attempt, 1, "refused at once, not retried");
    },
  });

  Deno.test({
    name: `[${choice}] a replayed step with an equal value passes`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [stepOne, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_one"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.errors.length, 0);
      assert.equal(message.route.history.length, 2);
    },
  });

  Deno.test({
    name: `[${choice}] a processor that rewrites its route is refused`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [sneakyRouter, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_sneaky"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.match(message.errors[0].message, /only routers/);
    },
  });

  Deno.test({
    name:
      `[${choice}] a malformed message is dead-lettered with a reason and the actor keeps serving`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice);
      for (const a of [stepOne, handler]) await mesh.run(a);
      const enc = new TextEncoder();
      await mesh.bus.publish("t_one", enc.encode("{not json"));
      await mesh.bus.publish("t_one", enc.encode(JSON.stringify({ id: "x", route: {} })));
      const sent = await mesh.send(["t_one"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.payload.sentiment?.label, "neutral", "still serving");
      let dead = await mesh.bus.deadLetters();
      for (let i = 0; i < 50 && dead.length < 2; i++) {
        await delay(50);
        dead = await mesh.bus.deadLetters();
      }
      assert.equal(dead.length, 2);
      assert.ok(dead.every((d) => d.reason.startsWith("invalid envelope")));
      assert.ok(dead.some((d) => /not JSON/.test(d.reason)));
    },
  });
}

for (const { choice, ignore } of BUSES) {
  Deno.test({
    name: `[${choice}] chained: steps of one isolate run one after another without bus hops`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice, undefined, { chain: true });
      for (const a of [stepOne, stepTwo, stepThree, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_two", "t_three"]);
      const { message, failed } = await mesh.waitReply(sent.id);
      assert.equal(failed, false);
      assert.deepEqual(message.route.history.map((h) => [h.actor, h.outcome, h.attempt]), [
        ["t_one", "ok", 1],
        ["t_two", "ok", 1],
        ["t_three", "ok", 1],
      ]);
      assert.equal(message.payload.context?.summary, "guest");
      assert.equal(mesh.local?.chained, 2, "the second and third steps ran inline");
      assert.equal(mesh.local?.handedOff, 0);
    },
  });

  Deno.test({
    name:
      `[${choice}] chained: a step that fails inline is handed to its own queue and retried there`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice, undefined, { chain: true });
      for (const a of [stepOne, flaky, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_flaky"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.ok(message.payload.context, "the flaky step's enrichment is there");
      const step = message.route.history.find((h) => h.actor === "t_flaky");
      assert.equal(step?.outcome, "ok");
      assert.equal(step?.attempt, 2, "failed inline, then once from its queue, then succeeded");
      assert.equal(message.route.history.filter((h) => h.actor === "t_one").length, 1);
      assert.equal(mesh.local?.handedOff, 1);
      assert.equal(message.payload.escalation, undefined);
    },
  });

  Deno.test({
    name: `[${choice}] chained: a step that always fails still reaches the error handler once`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice, undefined, { chain: true });
      for (const a of [stepOne, alwaysFails, handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_fails", "t_three"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.payload.escalation?.failed_actor, "t_fails");
      assert.equal(message.errors.length, 1);
      assert.equal(message.errors[0].attempt, 4, "its queue's three retries, then the handler");
      assert.deepEqual(message.route.history.map((h) => h.actor), [
        "t_one",
        "t_fails",
        "t_handler",
      ]);
      await delay(300);
      assert.equal(mesh.replies.filter((r) => r.message.id === sent.id).length, 1, "no loop");
    },
  });
}

for (const { choice, ignore } of BUSES) {
  Deno.test({
    name: `[${choice}] progress events go out per step only when the message asks for them`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice, undefined, { chain: true });
      for (const a of [stepOne, stepTwo, handler]) await mesh.run(a);
      const seen: string[] = [];
      const sub = mesh.bus.subscribe("mesh.progress.test", (data) => {
        const ev = JSON.parse(new TextDecoder().decode(data));
        seen.push(`${ev.message_id}:${ev.actor}`);
      });
      const quiet = await mesh.send(["t_one", "t_two"], { progress: false });
      await mesh.waitReply(quiet.id);
      const watched = await mesh.send(["t_one", "t_two"]);
      await mesh.waitReply(watched.id);
      await delay(200);
      sub.unsubscribe();
      assert.deepEqual(seen.filter((s) => s.startsWith(quiet.id)), []);
      assert.deepEqual(seen.filter((s) => s.startsWith(watched.id)).sort(), [
        `${watched.id}:t_one`,
        `${watched.id}:t_two`,
      ]);
    },
  });
}

/** Takes longer than its deadline, and notes whether it was told to stop. */
function sleepy(aborted: boolean[]): ActorDef<"context"> {
  return {
    name: "t_sleepy",
    key: "context",
    deadlineMs: 60,
    async process(_msg, _deps, ctx) {
      await delay(250);
      aborted.push(ctx.signal.aborted);
      return { enrichment: null };
    },
  };
}

for (const { choice, ignore } of BUSES) {
  Deno.test({
    name: `[${choice}] a step past its deadline is aborted, retried, then handed on as a timeout`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice, undefined, { chain: true });
      const aborted: boolean[] = [];
      for (const a of [stepOne, sleepy(aborted), handler]) await mesh.run(a);
      const sent = await mesh.send(["t_one", "t_sleepy"]);
      const { message } = await mesh.waitReply(sent.id);
      assert.equal(message.errors.length, 1);
      assert.equal(message.errors[0].kind, "timeout");
      assert.match(message.errors[0].message, /Step t_sleepy passed its deadline/);
      assert.equal(message.errors[0].attempt, 4, "retried like any transient failure");
      assert.equal(message.payload.escalation?.failed_actor, "t_sleepy");
      await delay(300);
      assert.ok(aborted.length >= 4 && aborted.every((a) => a), "its signal was aborted each time");
    },
  });
}

for (const { choice, ignore } of BUSES) {
  Deno.test({
    name: `[${choice}] chained: a final message for a gateway of the same isolate skips the bus`,
    ignore,
    async fn() {
      await using mesh = await startMesh(choice, undefined, { chain: true });
      for (const a of [stepOne, stepTwo, handler]) await mesh.run(a);
      const local: string[] = [];
      const stop = mesh.local!.onReply("mesh.reply.test", (m) => local.push(m.id));
      const sent = await mesh.send(["t_one", "t_two"]);
      for (let i = 0; i < 100 && local.length === 0; i++) await delay(10);
      assert.deepEqual(local, [sent.id]);
      assert.equal(mesh.local?.repliedLocally, 1);
      stop();
      const later = await mesh.send(["t_one", "t_two"]);
      const { message } = await mesh.waitReply(later.id);
      assert.equal(message.route.history.length, 2, "without a local gateway: through the bus");
      assert.equal(mesh.replies.filter((r) => r.message.id === sent.id).length, 0);
    },
  });
}
