import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { jokedWait } from "./joked_wait.ts";

const read = (intent: IntentEnrichment["intent"]): IntentEnrichment => ({
  intent,
  confidence: 0.5,
  alternatives: [],
  source: "classifier",
  entities: {},
} as unknown as IntentEnrichment);

Deno.test("a joke about a parcel not come asks where it is (was out of scope, or an address change)", () => {
  for (
    const [t, i] of [
      ["lol should I send a search party? 😂", "other"],
      ["guess i'll send out a search party lmao", "feedback"],
      ["is it coming by carrier pigeon or what", "other"],
      ["did my keyboard go on holiday", "small_talk"],
    ] as const
  ) assert.equal(jokedWait(read(i), t)?.intent, "order_status", t);
  // No joke, or a reading of the store's own: left as read.
  assert.equal(jokedWait(read("other"), "what's the weather like"), null);
  assert.equal(jokedWait(read("cancel_order"), "cancel it, i'll send a search party myself"), null);
});
