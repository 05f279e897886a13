import assert from "node:assert/strict";
import type { ActionType } from "../../shared/protocol.ts";
import { type ConfirmationOptions, readReplyToPending } from "./confirmation.ts";
import { loadConfirmationCases } from "../../scripts/confirmation_eval_lib.ts";
import { sharedIntentClassifier } from "./intent_model.ts";

const classifier = sharedIntentClassifier();

function opts(type: ActionType = "cancel_order", orderId: string | null = "ORD-2002") {
  const o: ConfirmationOptions = {
    pending: { type, order_id: orderId },
    classify: (t) => classifier.classify(t),
  };
  return o;
}
const read = (text: string, o = opts()) => readReplyToPending(text, o).label;

Deno.test("the five replies that once cancelled ORD-2002 are unclear, not a yes", () => {
  for (
    const t of [
      "yeah no",
      "sure... not",
      "yes, no, wait",
      "I'm not sure, should I say yes or no?",
      "k",
    ]
  ) {
    assert.equal(read(t), "unclear", t);
  }
});

Deno.test("a clear yes, with courtesy, emphasis, emoji or the change's own words, is a yes", () => {
  for (
    const t of [
      "yes",
      "Yes please!!",
      "ok do it",
      "sure, go ahead",
      "👍",
      "yes ✅",
      "yes please 🙏",
      "yesss",
      "yes, cancel it",
      "cancel ORD-2002 please",
      "go ahead and cancel order 2002",
      "yes I'm sure",
      "yes, I want it cancelled",
      "Thank you, in that case please proceed.",
      "Wonderful, yes please go ahead",
    ]
  ) {
    assert.equal(read(t), "affirm", t);
  }
  // After our answer "in that case" adds no condition; a no after it stays no yes.
  assert.notEqual(read("in that case no thanks"), "affirm");
  assert.notEqual(read("in that case maybe"), "affirm");
  // Praise with an ok alone is an acknowledgement, not consent.
  assert.notEqual(read("ok wonderful"), "affirm");
  assert.notEqual(read("lovely, thanks"), "affirm");
});

Deno.test("a no, with its reason or in another language, declines", () => {
  for (
    const t of [
      "no",
      "nope",
      "no thanks",
      "👎",
      "don't cancel it",
      "please do not cancel",
      "I don't want to cancel",
      "no, keep it",
      "never mind",
      "no, I still need it for work",
      "nein",
      "non merci",
      "нет",
    ]
  ) {
    assert.equal(read(t), "deny", t);
  }
});

Deno.test("negation, questions, hedges, conditions and lone ambiguous words are unclear", () => {
  for (
    const t of [
      "yes?",
      "👍?",
      "wait what's the fee?",
      "is it free to cancel?",
      "I guess",
      "yes if it's free",
      "maybe later",
      "no problem, go ahead",
      "sure why not",
      "ok, thanks",
      "yeah right",
      "cancel that",
      "cancel",
      "kk",
      "yes 🙄",
      "...",
      "no, cancel it",
    ]
  ) {
    assert.equal(read(t), "unclear", t);
  }
});

Deno.test("a yes in another language counts only alone or with its own courtesy word", () => {
  for (const t of ["sí", "oui", "ja", "da", "sim", "sì", "はい", "sí, por favor", "ja bitte"]) {
    assert.equal(read(t), "affirm", t);
  }
  for (
    const t of [
      "oui mais",
      "ja aber",
      "si pero",
      "oui non",
      "ne",
      "sí, y también quiero cambiar la dirección",
    ]
  ) {
    assert.notEqual(read(t), "affirm", t);
  }
});

Deno.test("a second request is read as such, with its intent, and never as a yes", () => {
  const r = readReplyToPending("yes but change the address instead", opts());
  assert.equal(r.label, "new_request");
  assert.equal(r.request?.intent, "change_address");
  assert.equal(read("where is ORD-2001?"), "new_request");
  assert.equal(read("I want to talk to a person"), "new_request");
  // Another order than the pending one, even with the same change.
  assert.equal(read("yes cancel ORD-2001"), "new_request");
  assert.equal(read("cancel my other order too"), "new_request");
});

Deno.test("the change's own words restate only that change", () => {
  assert.equal(read("yes refund it", opts("refund", "ORD-1002")), "affirm");
  assert.notEqual(read("yes cancel it", opts("refund", "ORD-1002")), "affirm");
  assert.notEqual(read("yes refund it", opts("cancel_order", "ORD-2002")), "affirm");
  assert.equal(read("yes call me back", opts("schedule_callback", null)), "affirm");
  // "fine, investigate it", "sure, chase them": the investigation in the shopper's verb.
  for (const t of ["fine, investigate it", "sure, chase them", "please investigate"]) {
    assert.equal(read(t, opts("carrier_investigation", "ORD-2001")), "affirm", t);
  }
  assert.equal(read("dont investigate", opts("carrier_investigation", "ORD-2001")), "deny");
  assert.notEqual(read("fine, investigate it", opts("cancel_order", "ORD-1003")), "affirm");
});

Deno.test("no yes of our set stays a yes once a no, a question, a hedge or a second request joins it", async () => {
  const cases = await loadConfirmationCases(
    new URL("../../tests/data/confirmation_replies.jsonl", import.meta.url),
  );
  // A yes with a change after it ("yes, and cancel ORD-2001 as well") has its own test below.
  const yeses = cases.filter((c) =>
    c.label === "affirm" && readReplyToPending(c.text, opts(c.pending, c.order)).request === null
  );
  const spoil = [
    (t: string) => `${t}, no`,
    (t: string) => `${t} not`,
    (t: string) => `${t}?`,
    (t: string) => `${t}...`,
    (t: string) => `${t} maybe`,
    (t: string) => `I guess ${t}`,
    (t: string) => `${t} but wait`,
    (t: string) => `${t} later`,
    (t: string) => `${t} if it's free`,
    (t: string) => `${t} 🙄`,
    (t: string) => `don't ${t}`,
    (t: string) => `${t} and where is ORD-2001?`,
  ];
  for (const c of yeses) {
    for (const s of spoil) {
      const text = s(c.text);
      assert.notEqual(read(text, opts(c.pending, c.order)), "affirm", text);
    }
    // A change of another order after the yes is never lost: a yes only with it kept.
    const text = `${c.text} and cancel ORD-2001 too`;
    const r = readReplyToPending(text, opts(c.pending, c.order));
    if (r.label === "affirm") assert.equal(r.request?.intent, "cancel_order", text);
  }
});

Deno.test("a clear yes then a change of another order: the yes acts and the change is kept for after", () => {
  for (
    const [text, intent] of [
      ["yes, and can you also return ORD-1002?", "return_item"],
      ["yes and cancel ORD-2001 as well", "cancel_order"],
      ["yes please, and also return 1002", "return_item"],
      // A speed-up of another order is a change too: the yes is not lost to it.
      ["yes pls, and can u also speed up 1001", "shipping_options"],
    ] as const
  ) {
    const r = readReplyToPending(text, opts("cancel_order", "ORD-2002"));
    assert.equal(r.label, "affirm", text);
    assert.equal(r.request?.intent, intent, text);
  }
  // The same order, a question, or a hedge: no such yes.
  for (
    const t of [
      "yes and cancel it",
      "yes, and where is ORD-1001?",
      "yes and maybe cancel ORD-2001",
      "ok and cancel ORD-2001",
      "yes, and how much is shipping to 1001?",
    ]
  ) {
    const r = readReplyToPending(t, opts("cancel_order", "ORD-2002"));
    assert.ok(r.label !== "affirm" || r.request === null, t);
  }
});

Deno.test("a hesitation or a turn-back before a no or a new ask withdraws; before a yes it is no consent", () => {
  assert.equal(read("hmm actually dont cancel, just tell me when it ships"), "deny");
  assert.equal(read("hmm, on second thought no"), "deny");
  assert.equal(read("umm yes"), "unclear");
  assert.equal(read("hmm ok"), "unclear");
  assert.equal(read("hmm ok fine"), "unclear");
  assert.equal(read("hmm"), "unclear");
  const switched = readReplyToPending("hmm, on second thought send a replacement", opts("refund"));
  assert.equal(switched.label, "new_request");
});

Deno.test("a hesitation the customer talks through to a clear yes is a yes: 'hmm ok fine yes'", () => {
  for (
    const t of [
      "hmm ok fine yes",
      "hmm, ok, yes please",
      "umm ok go ahead",
      "hmm yes ok",
      "k do it",
    ]
  ) {
    assert.equal(read(t), "affirm", t);
  }
  // Still no consent: a lone yes after it, a question, a doubt, a no beside it.
  for (const t of ["umm yes", "hmm ok yes?", "hmm ok yes but not sure", "hmm ok yes no"]) {
    assert.equal(read(t), "unclear", t);
  }
});

Deno.test("a yes that urges speed is still a yes; urging with a condition or a doubt is not", () => {
  for (
    const t of [
      "ok sure go ahead but make it quick",
      "yes please, quickly",
      "go ahead, hurry up",
      "yes but be quick",
      "sure, make it fast",
    ]
  ) {
    assert.equal(read(t), "affirm", t);
  }
  for (
    const t of [
      "ok but make it quick, will it be refunded today?",
      "quick question first",
      "hurry up and tell me when it ships",
      "not yet, hurry up with the tracking",
    ]
  ) {
    assert.notEqual(read(t), "affirm", t);
  }
});

Deno.test("a yes taken back at the end ('ok do it. actually no.') declines; 'yes, no, wait' stays unclear", () => {
  assert.equal(read("ok do it. actually no."), "deny");
  assert.equal(read("yes cancel it. never mind"), "deny");
  assert.equal(read("yes, no, wait"), "unclear");
  assert.notEqual(read("no wait actually yes"), "affirm");
});

Deno.test("'yeah no' followed by a no is a no; alone it stays unclear", () => {
  const opts = {
    pending: { type: "cancel_order" as const, order_id: "ORD-2002" },
    classify: () => ({ intent: "other" as const, confidence: 0.2 }),
  };
  for (
    const text of ["yeah no actually leave it", "yeah no, don't cancel it", "yea nah leave it"]
  ) {
    assert.equal(readReplyToPending(text, opts).label, "deny", text);
  }
  assert.equal(readReplyToPending("yeah no", opts).label, "unclear");
  assert.equal(readReplyToPending("yeah no worries, go ahead", opts).label === "deny", false);
});

Deno.test("a no said softly ('i guess not') declines; 'i guess so', 'probably not' stay unclear", () => {
  for (const t of ["i guess not", "no i guess not", "i think not"]) {
    assert.equal(read(t), "deny", t);
  }
  for (const t of ["i guess so", "i guess", "probably", "probably not", "yeah no"]) {
    assert.equal(read(t), "unclear", t);
  }
});

Deno.test("a yes typed without its apostrophe ('ok lets do it', 'thats what i want') agrees", () => {
  for (const text of ["ok lets do it", "lets do that", "thats what i want", "im sure"]) {
    assert.equal(read(text), "affirm", text);
  }
  assert.equal(read("lets wait"), "unclear");
});

Deno.test("the change restated of 'them' ('ok then cancel them') agrees; 'keep them' declines", () => {
  assert.equal(read("ok then cancel them"), "affirm");
  assert.equal(read("keep them"), "deny");
});
