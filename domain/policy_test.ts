import assert from "node:assert/strict";
import {
  DATA_DELETION_DAYS,
  EXPEDITE_FEES,
  expediteFeeWaived,
  GOODWILL_CREDIT_LIMITS,
  HANDOFF_WAIT_MINUTES,
  INVESTIGATION_DAYS,
  MIN_WARRANTY_MONTHS,
  POLICY_TOPICS,
  policyAmounts,
  policyAnswer,
  policyDays,
  policyTopicFor,
  REFUND_PROCESSING_DAYS,
  RETURN_SEND_DAYS,
  RETURN_WINDOW_DAYS,
} from "./policy.ts";

const md = await Deno.readTextFile(new URL("../docs/policy.md", import.meta.url));

function numbers(re: RegExp, text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(re)) {
    for (const g of m.slice(1)) if (g !== undefined) out.add(Number(g));
  }
  return out;
}

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

Deno.test("policy.md states exactly the money amounts of policy.ts", () => {
  assert.deepEqual(sorted(numbers(/(\d+\.\d{2}) USD/g, md)), policyAmounts());
});

Deno.test("policy.md states exactly the day counts of policy.ts", () => {
  const found = numbers(/(\d+)(?:–(\d+))?\*{0,2} (?:business )?days?\b/g, md);
  assert.deepEqual(sorted(found), policyDays());
});

Deno.test("policy.md states the warranty months and handoff waits of policy.ts", () => {
  assert.deepEqual(sorted(numbers(/(\d+)\*{0,2} months/g, md)), [MIN_WARRANTY_MONTHS]);
  const waits = sorted(new Set(Object.values(HANDOFF_WAIT_MINUTES)));
  assert.deepEqual(sorted(numbers(/(\d+) minutes/g, md)), waits);
});

Deno.test("policy.md lists every tier's goodwill limit in its table", () => {
  for (const [tier, limit] of Object.entries(GOODWILL_CREDIT_LIMITS)) {
    assert.match(md, new RegExp(`\\|\\s*${tier}\\s*\\|\\s*${limit.toFixed(2)} USD\\s*\\|`));
  }
});

Deno.test("every policy topic has an answer that quotes the constants", () => {
  for (const topic of POLICY_TOPICS) assert.ok(policyAnswer(topic).length > 20, topic);
  assert.match(policyAnswer("returns"), new RegExp(`${RETURN_WINDOW_DAYS} days`));
  assert.match(policyAnswer("privacy"), new RegExp(`${DATA_DELETION_DAYS} days`));
  assert.match(policyAnswer("expedite"), new RegExp(EXPEDITE_FEES.express.toFixed(2)));
});

Deno.test("the expedite answer tells gold and vip members they pay no fee", () => {
  assert.equal(expediteFeeWaived("gold"), true);
  assert.equal(expediteFeeWaived("standard"), false);
  assert.match(policyAnswer("expedite", { tier: "vip" }), /as a vip member, you pay no fee/);
  assert.match(policyAnswer("expedite", { tier: "silver" }), /gold and VIP members pay no fee/);
});

Deno.test("policyTopicFor picks the section a question is about", () => {
  assert.equal(policyTopicFor("How long do I have to return something?"), "returns");
  assert.equal(policyTopicFor("what's your refund policy"), "refunds");
  assert.equal(policyTopicFor("Can I cancel after it shipped?"), "cancellation");
  assert.equal(policyTopicFor("How long is the warranty on the mixer?"), "warranty");
  assert.equal(policyTopicFor("Do you take PayPal?"), "payment");
  assert.equal(policyTopicFor("hello there"), null);
});

Deno.test("the policy's numbers are the ones the demo store enforces", async () => {
  const rules = await import("../mocks/rules.ts");
  const sales = await import("../mocks/after_sales.ts");
  const tracking = await import("../mocks/tracking.ts");
  const builders = await import("../mocks/builders.ts");
  assert.equal(RETURN_WINDOW_DAYS, rules.RETURN_WINDOW_DAYS);
  assert.deepEqual(GOODWILL_CREDIT_LIMITS, rules.CREDIT_LIMITS);
  assert.deepEqual(EXPEDITE_FEES, rules.EXPEDITE_FEES_USD);
  assert.equal(RETURN_SEND_DAYS, sales.RETURN_SEND_DAYS);
  assert.equal(INVESTIGATION_DAYS, tracking.INVESTIGATION_DAYS);
  assert.equal(REFUND_PROCESSING_DAYS, builders.REFUND_DAYS);
});
