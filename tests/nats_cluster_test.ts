/**
 * The mesh on a 3-server NATS cluster with NATS_STREAM_REPLICAS=3: every stream and every
 * actor's durable consumer is kept on the three servers, and when the server leading the work
 * stream dies (SIGKILL) the system goes on answering. The same runs in containers in
 * tests/container_test.ts; this one needs only nats-server.
 */
import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { natsMissing } from "./helpers/nats.ts";
import { startNatsCluster } from "./helpers/nats_cluster.ts";
import { startTestSystem } from "./helpers/system.ts";
import { chat } from "./helpers/shopper_http.ts";
import { ACTOR_SPECS } from "../mesh/registry.ts";

Deno.test({
  name: "on a 3-server cluster the mesh keeps answering after the work stream's leader dies",
  ignore: natsMissing(),
  fn: async () => {
    await using cluster = await startNatsCluster();
    await using sys = await startTestSystem({
      natsUrl: cluster.url,
      env: { NATS_STREAM_REPLICAS: "3" },
    });
    const sarah = await sys.session("sarah.chen@example.com");
    const session = { base: sys.url, token: sarah.token, session_id: sarah.sessionId };
    assert.match((await chat(session, "Where is my order ORD-1001?")).reply, /ORD-1001/);

    const nc = await connect({ servers: Object.values(cluster.servers) });
    try {
      const jsm = await jetstreamManager(nc);
      for (const stream of ["MESH", "MESH_DEAD", "MESH_HANDOFF"]) {
        const info = await jsm.streams.info(stream);
        assert.equal(info.config.num_replicas, 3, stream);
        assert.equal(
          info.cluster?.replicas?.length,
          2,
          `${stream}: ${JSON.stringify(info.cluster)}`,
        );
      }
      // Each actor's durable consumer takes the stream's three replicas.
      for (const { name } of ACTOR_SPECS) {
        const c = await jsm.consumers.info("MESH", name);
        assert.equal(c.cluster?.replicas?.length, 2, `consumer ${name}`);
      }
      const leader = (await jsm.streams.info("MESH")).cluster!.leader!;
      assert.ok(leader in cluster.servers, `MESH is led by ${leader}`);
      await cluster.kill(leader);

      // The first turns may wait for new leaders (a 202, then the reply in the conversation).
      for (const [order, text] of [["ORD-1002", "Can I return"], ["ORD-1003", "Can I cancel"]]) {
        const turn = await chat(session, `${text} order ${order}?`, { waitMs: 90_000 });
        assert.match(turn.reply, new RegExp(order));
      }
      const mike = await sys.session("mike.johnson@example.com");
      const other = { base: sys.url, token: mike.token, session_id: mike.sessionId };
      assert.match((await chat(other, "Where is my order ORD-2001?")).reply, /ORD-2001/);
      const after = (await jsm.streams.info("MESH")).cluster!;
      assert.ok(after.leader && after.leader !== leader, `still led by ${after.leader}`);
      assert.ok(after.replicas?.some((r) => r.name === leader && !r.current), "the dead one");
    } finally {
      await nc.close();
    }
  },
});
