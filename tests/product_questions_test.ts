/**
 * Product questions through the whole system (gateway, nine actors, demo store): answered
 * from the store's own record, for a guest; with the products service down, the FAQ's
 * answer instead — no handoff, no invented stock — and neither changes the store's ledger.
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";

interface StoreProduct {
  name: string;
  price: number;
  stock: number;
  in_stock: boolean;
}

Deno.test({
  name: "a guest's stock question is answered from the store, and from the FAQ while it is down",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem();
    const mixer = await t.admin("/products/KIT-107") as StoreProduct;
    const guest = await t.session("just.browsing@example.com");
    const live = await guest.say("is the stand mixer in stock? how much is it");
    assert.match(live.reply, new RegExp(mixer.name));
    assert.match(live.reply, new RegExp(mixer.price.toFixed(2).replace(".", "\\.")));
    assert.match(live.reply, mixer.in_stock ? /in stock/ : /sold out/);
    assert.equal(live.handoff, null);

    await t.admin("/admin/faults", { products: { error_rate: 1 } });
    const other = await t.session("window.shopper@example.com");
    const down = await other.say("is the espresso machine in stock?");
    assert.match(down.reply, /product page shows whether it's in stock/);
    assert.doesNotMatch(down.reply, /Espresso Machine is (in stock|sold out)/);
    assert.equal(down.handoff, null);
    await t.admin("/admin/faults", { products: { error_rate: 0 } });

    assert.deepEqual(await t.ledger(), []);
  },
});
