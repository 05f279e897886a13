import assert from "node:assert/strict";
import { answerPolicyQuestion } from "./policy_questions.ts";
import {
  destinationAnswer,
  destinationAsked,
  destinationCarried,
  elsewhereFollowUp,
  placeOf,
  shippedFollowUp,
  shippingFollowUp,
} from "./destinations.ts";
import { INTERNATIONAL_SHIPPING, SHIPPING_DESTINATIONS, SHIPPING_SPEEDS } from "./policy.ts";

Deno.test("a country the store ships to is found in the question", () => {
  for (
    const [q, country] of [
      ["do you ship to canada?", "Canada"],
      ["Do you deliver to Deutschland", "Germany"],
      ["can you send orders to holland", "the Netherlands"],
      ["shipping to the UK?", "the United Kingdom"],
      ["and france?", "France"],
    ]
  ) {
    const found = destinationAsked(q);
    assert.equal(found?.kind, "country", q);
    assert.equal(found?.kind === "country" && found.destination.country, country, q);
  }
});

Deno.test("a country it does not ship to, and shipping abroad in general, are told apart", () => {
  assert.deepEqual(destinationAsked("do you ship to australia"), {
    kind: "elsewhere",
    country: "Australia",
  });
  assert.deepEqual(destinationAsked("international shipping?"), { kind: "abroad" });
  assert.deepEqual(destinationAsked("do you deliver overseas"), { kind: "abroad" });
});

Deno.test("a country named for anything but shipping is no destination", () => {
  assert.equal(destinationAsked("What is the capital of Australia?"), null);
  assert.equal(destinationAsked("Is the kettle's plug UK or EU?"), null);
  assert.equal(destinationAsked("where is my order"), null);
});

Deno.test("the answers say yes or no with the policy's fees and times", () => {
  const us = SHIPPING_DESTINATIONS.find((d) => d.zone === "domestic")!;
  assert.match(
    destinationAnswer({ kind: "country", destination: us })[0],
    new RegExp(`^Yes.*${SHIPPING_SPEEDS.standard.fee.toFixed(2)} USD`),
  );
  const abroad = destinationAnswer({ kind: "abroad" }).join(" ");
  assert.match(abroad, new RegExp(`${INTERNATIONAL_SHIPPING.express.fee.toFixed(2)} USD`));
  assert.match(abroad, /duties/);
  assert.match(
    destinationAnswer({ kind: "elsewhere", country: "Japan" })[0],
    /^I'm sorry, we don't ship to Japan/,
  );
});

Deno.test("a short question about cost or speed carries on the place asked about before", () => {
  const canada = destinationAsked("do you ship to canada")!;
  const place = placeOf(canada);
  assert.deepEqual(destinationAsked(place), canada, "the name is read back as the same place");
  for (
    const text of ["how much does it cost", "and how long does it take", "what about express?"]
  ) {
    assert.deepEqual(destinationCarried(text, place), canada, text);
  }
  assert.equal(destinationCarried("how much does it cost", null), null, "no place before");
  assert.equal(destinationCarried("cool thanks", place), null, "no cost or speed asked");
  assert.equal(destinationCarried("and to australia?", place), null, "a place of its own");
  assert.equal(placeOf(destinationAsked("do you ship internationally?")!), "abroad");
  assert.equal(destinationAsked("abroad")?.kind, "abroad");
  assert.equal(placeOf(destinationAsked("do you deliver to japan")!), "Japan");
  assert.equal(destinationAsked("Japan")?.kind, "elsewhere");
});

Deno.test("a short follow-up about shipping time or cost naming no place is told apart", () => {
  for (const t of ["and how long does that take?", "how much is express?", "how long"]) {
    assert.ok(shippingFollowUp(t), t);
  }
  for (
    const t of [
      "and australia?",
      "how long does shipping take within the US?",
      "where is my order",
      "how long does standard shipping take to germany",
    ]
  ) assert.ok(!shippingFollowUp(t), t);
});

Deno.test("a follow-up after 'we don't ship there' answers what it asks, not the refusal again", () => {
  const cost = elsewhereFollowUp("Australia", "how much");
  assert.match(cost[0], /no shipping price/);
  assert.match(cost[1], /costs 19\.99 USD/);
  assert.doesNotMatch(cost.join(" "), /business days/);
  const time = elsewhereFollowUp("Australia", "and how long");
  assert.match(time[0], /no delivery time/);
  assert.match(time[1], /6–10 business days/);
  assert.doesNotMatch(time.join(" "), /USD/);
  assert.match(elsewhereFollowUp("Australia", "what about express")[1], /39\.99 USD/);
});

Deno.test("a follow-up on a country we ship to gets the cost or the time asked, alone", () => {
  const germany = destinationAsked("do you ship to germany")!;
  const [cost] = shippedFollowUp(germany, "and how much is shipping there") ?? [];
  assert.match(cost, /^Shipping to Germany costs 19\.99 USD standard \(6–10 business days\)/);
  const [time] = shippedFollowUp(germany, "how long does it take") ?? [];
  assert.match(time, /^Standard shipping to Germany takes 6–10 business days; express/);
  assert.equal(shippedFollowUp(germany, "how long and how much"), null);
  assert.equal(shippedFollowUp(destinationAsked("do you ship to australia")!, "how much"), null);
});

Deno.test("a return from a country we ship to is the return policy, with the label there too", () => {
  const a = answerPolicyQuestion("ok and if i dont like it can i send it back from germany?");
  assert.equal(a?.topic, "returns");
  assert.match(a?.paragraphs.at(-1) ?? "", /returns from Germany too/);
  assert.equal(answerPolicyQuestion("can i send it back from australia?")?.topic, "shipping");
});

Deno.test("where they live names the place", () => {
  for (const text of ["what if she lives in Canada?", "I live in Canada", "I'm based in Canada"]) {
    assert.equal(destinationAsked(text)?.kind, "country", text);
  }
  assert.equal(destinationAsked("I live in Springfield"), null);
});
