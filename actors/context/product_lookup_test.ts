/**
 * The catalogue products a message asks about, looked up in the real demo store: by the sku
 * the intent actor matched, by the store's search when it matched none, for guests too,
 * and an `unavailable` lookup (not a failed turn) when the products service fails.
 */
import assert from "node:assert/strict";
import { contextActor, type ContextDeps } from "../context.ts";
import { type Rig, startRig, turn, type TurnOptions } from "../../tests/helpers/context_rig.ts";
import type { ContextEnrichment, Intent } from "../../shared/protocol.ts";
import { productQueryOf } from "./product_lookup.ts";

async function contextOf(rig: Rig, o: TurnOptions): Promise<ContextEnrichment> {
  const deps: ContextDeps = {
    store: rig.client,
    cache: rig.kv,
    breakers: rig.breakers,
    ttlMs: 60_000,
    timeoutMs: 1500,
  };
  const r = await contextActor.process(turn(o), deps, rig.ctx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

const asks = (text: string, intent: Intent, skus: string[] = [], names: string[] = []) => ({
  text,
  intent,
  entities: {
    products: skus.map((sku) => ({ sku, name: sku })),
    item_refs: names.map((name) => ({ text: `the ${name}`, name, sku: null })),
  },
});

async function withRig(fn: (rig: Rig) => Promise<void>) {
  await using rig = await startRig();
  await fn(rig);
}

Deno.test("a stock question naming a catalogue product brings the store's record of it, live", () =>
  withRig(async (rig) => {
    const c = await contextOf(
      rig,
      asks("got any of the burr grinders left?", "product_question", ["KIT-102"]),
    );
    assert.equal(c.catalogue?.lookup, "found");
    const p = c.catalogue!.products[0];
    const store = await rig.client.getProduct("KIT-102");
    assert.deepEqual(
      { sku: p.sku, name: p.name, price: p.price, stock: p.stock, in_stock: p.in_stock },
      {
        sku: store!.sku,
        name: store!.name,
        price: store!.price,
        stock: store!.stock,
        in_stock: store!.in_stock,
      },
    );
    assert.equal(p.warranty_months, store!.warranty_months);
    assert.ok(!("description" in p), "only what a reply may state travels the mesh");
    // A colleague taking over sees what was asked and what the store said.
    assert.match(
      c.summary,
      new RegExp(`asked about Burr Coffee Grinder (in stock \\(${store!.stock}\\)|sold out)`),
    );
  }));

Deno.test("a guest asking about a product gets it looked up, and still nothing of any order", () =>
  withRig(async (rig) => {
    const c = await contextOf(rig, {
      ...asks("how much r the stand mixers", "product_question", ["KIT-107"]),
      customerId: null,
    });
    assert.equal(c.guest, true);
    assert.deepEqual(c.orders, []);
    assert.equal(c.catalogue?.products[0].name, "Stand Mixer");
  }));

Deno.test("without a matched sku the store's search names what fits; several are kept, at most three", () =>
  withRig(async (rig) => {
    const several = await contextOf(rig, asks("headphones in stock?", "product_question"));
    assert.equal(several.catalogue?.lookup, "several");
    assert.equal(several.catalogue?.products.length, 3);
    assert.ok(several.catalogue!.products.every((p) => /headphones/i.test(p.name)));
    const named = await contextOf(
      rig,
      asks("is the vinyl turntable any good", "product_question", [], ["vinyl turntable"]),
    );
    assert.equal(named.catalogue?.lookup, "found");
    assert.equal(named.catalogue?.products[0].sku, "AUD-110");
    const none = await contextOf(
      rig,
      asks("do you have blue ceramic mugs in stock", "product_question"),
    );
    assert.equal(none.catalogue?.lookup, "none");
    assert.deepEqual(none.catalogue?.products, []);
  }));

Deno.test("the products service down: the lookup is unavailable with a note, the turn goes on", () =>
  withRig(async (rig) => {
    await rig.faults({ products: { error_rate: 1 } });
    const c = await contextOf(rig, {
      ...asks("is the espresso machine in stock", "product_question", ["KIT-101"]),
      customerId: "CUST-0001",
    });
    assert.equal(c.catalogue?.lookup, "unavailable");
    assert.deepEqual(c.catalogue?.products, []);
    assert.ok(c.notes.some((n) => /products service unavailable/.test(n)), c.notes.join("; "));
    assert.equal(c.customer?.name, "Sarah Chen");
  }));

Deno.test("a product in an order question is no catalogue question; a stock word under a policy one is", () => {
  const q = (text: string, intent: Intent, skus: string[]) =>
    productQueryOf(turn(asks(text, intent, skus)));
  assert.equal(q("where is my espresso machine", "order_status", ["KIT-101"]), null);
  assert.equal(q("cancel the stand mixer", "cancel_order", ["KIT-107"]), null);
  assert.deepEqual(
    q("whats the warranty on the mechanical keyboard", "policy_question", ["CMP-101"]),
    { skus: ["CMP-101"], words: null, choose: null },
  );
  assert.equal(q("what is your warranty policy", "policy_question", []), null);
  assert.deepEqual(q("can i buy the robot vacuum", "place_order", ["HOM-102"])?.skus, ["HOM-102"]);
  assert.equal(q("hello there", "small_talk", []), null);
});

Deno.test("'the cheapest one' of those listed is looked up and the cheapest kept", () =>
  withRig(async (rig) => {
    const c = await contextOf(
      rig,
      asks("how much is the cheapest one?", "product_question", ["AUD-102", "AUD-104", "AUD-107"]),
    );
    const prices = await Promise.all(
      ["AUD-102", "AUD-104", "AUD-107"].map(async (s) => (await rig.client.getProduct(s))!.price),
    );
    assert.equal(c.catalogue?.lookup, "found");
    assert.equal(c.catalogue?.products[0].price, Math.min(...prices));
  }));

Deno.test("'do u sell headphones' asks the store for them, as a stock question does", () => {
  const q = (text: string) => productQueryOf(turn(asks(text, "product_question", [])));
  assert.deepEqual(q("do u sell headphones"), { skus: [], words: "headphones" });
  assert.deepEqual(q("do you guys carry kettles"), { skus: [], words: "kettles" });
  assert.equal(q("do you like headphones"), null);
});

Deno.test("their own goods' trouble told beside a discount asked is no catalogue question", () => {
  const q = (text: string, skus: string[]) =>
    productQueryOf(turn(asks(text, "product_question", skus)));
  assert.equal(
    q("can i get a discount for all the trouble? my vacuum got lost and the mixer was broken", [
      "HOM-108",
      "KIT-107",
    ]),
    null,
  );
  // A purchase asked beside the trouble still looks the product up.
  assert.notEqual(q("my frother is broken, is the espresso machine in stock?", ["KIT-101"]), null);
});
