import assert from "node:assert/strict";
import { praiseNotYes, praisesSomething } from "./praise_not_yes.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const yes = (source: IntentEnrichment["source"] = "classifier"): IntentEnrichment => ({
  intent: "affirm",
  confidence: 0.5,
  alternatives: [],
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
  },
  source,
});

Deno.test("praise of something is told from a yes and from accepting what we said", () => {
  for (const t of ["damn good sound too", "the mixer is amazing", "love the colour"]) {
    assert.ok(praisesSomething(t), t);
  }
  for (
    const t of [
      "yes",
      "yes great",
      "ok sounds good",
      "that's great",
      "great, thanks",
      "good to know",
    ]
  ) {
    assert.ok(!praisesSomething(t), t);
  }
});

Deno.test("a yes to nothing that praises is feedback; with a change waiting it stays the reader's", () => {
  const t = "damn good sound too";
  assert.equal(praiseNotYes(yes(), t, { pendingChange: false }).intent, "feedback");
  assert.equal(praiseNotYes(yes(), t, { pendingChange: true }).intent, "affirm");
  assert.equal(praiseNotYes(yes("conversation"), t, { pendingChange: false }).intent, "affirm");
});

Deno.test("praise of us read as out of scope is feedback; a complaint or a question is not", () => {
  const other = { ...yes(), intent: "other" as const };
  const t = "holy crap you guys are insanely fast lol";
  assert.equal(praiseNotYes(other, t, { pendingChange: false }).intent, "feedback");
  for (const u of ["you guys are not fast at all", "are you guys fast?", "whats the weather"]) {
    assert.equal(praiseNotYes(other, u, { pendingChange: false }).intent, "other", u);
  }
});

Deno.test("'no complaints at all' read as a complaint is feedback; a complaint after 'but' is not", () => {
  const complaint = { ...yes(), intent: "complaint" as const };
  assert.equal(
    praiseNotYes(complaint, "no complaints at all", { pendingChange: false }).intent,
    "feedback",
  );
  const but = "no complaints about the shop but my order is late";
  assert.equal(praiseNotYes(complaint, but, { pendingChange: false }).intent, "complaint");
});

Deno.test("relief told is small talk, whatever the worry's words read as", () => {
  const problem: IntentEnrichment = { ...yes(), intent: "delivery_problem", confidence: 0.5 };
  for (
    const t of [
      "phew, just saw the mixer got delivered, all good, ignore my email",
      "panic over, it turned up!! thanks",
    ]
  ) {
    const r = praiseNotYes(problem, t, { pendingChange: false });
    assert.equal(r.intent, "small_talk", t);
    assert.deepEqual(r.requests?.map((q) => q.intent), ["small_talk"], t);
  }
  const still = praiseNotYes(problem, "phew it arrived but the box is smashed", {
    pendingChange: false,
  });
  assert.equal(still.intent, "delivery_problem");
});

Deno.test("thanks with praise of us beside it is one thanks, not two replies", () => {
  const t = "perfect, thanks a ton!! you've been super helpful 🙌";
  const r = praiseNotYes(
    {
      ...yes(),
      intent: "small_talk",
      confidence: 0.73,
      requests: [
        { intent: "small_talk", confidence: 0.73, text: t, start: 0, end: t.length },
        {
          intent: "feedback",
          confidence: 0.58,
          text: "you've been super helpful 🙌",
          start: 24,
          end: 51,
        },
      ],
    },
    t,
    { pendingChange: false },
  );
  assert.deepEqual(r.requests?.map((q) => q.intent), ["small_talk"]);
});
