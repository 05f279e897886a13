import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { decide } from "../decision_router.ts";
import type { Message, ResponseEnrichment } from "../../shared/protocol.ts";
import { ENGLISH_TAKEOVER } from "./i18n.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  guestContext,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

/** A turn in `language` routed by the decision router, then drafted and checked. */
async function turn(
  text: string,
  language: string,
  opts: {
    order?: string;
    guest?: boolean;
    firstTurn?: boolean;
    codeSent?: boolean;
    who?: "sarah" | "mike" | "emma";
  } = {},
): Promise<{ msg: Message; r: ResponseEnrichment }> {
  const who = opts.who ?? "sarah";
  const msg = turnWith({
    text,
    who: opts.guest ? undefined : who,
    intent: intentOf("other", text, { language, confidence: 0.3 }),
    context: opts.guest ? guestContext() : castContext(who, { order: opts.order }),
    session: { turn: opts.firstTurn === false ? 2 : 0, sign_in_code_sent: opts.codeSent ?? false },
  });
  msg.payload.decision = decide(msg);
  const r = (await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx()))
    .enrichment!;
  msg.payload.response = r;
  const g = checkReply(msg, FIXTURE_NOW);
  assert.equal(g.enrichment?.verdict, "pass", `${r.text} ${JSON.stringify(g.enrichment?.issues)}`);
  return { msg, r };
}

Deno.test("where is my order, in Spanish, French and German, with the order's facts", async () => {
  const es = await turn("Hola, ¿dónde está mi pedido ORD-1001?", "es", { order: "ORD-1001" });
  assert.equal(es.msg.payload.decision?.action, "answer");
  assert.match(es.r.text, /^¡Hola, Sarah! Tu pedido ORD-1001 está en camino\./);
  assert.match(es.r.text, /El número de seguimiento es TRK\d{10}/);
  assert.match(es.r.text, /el \d{1,2}\/\d{1,2}\/\d{4}/, "dates as the language writes them");
  const fr = await turn("Où est ma commande ORD-1001 ?", "fr", { order: "ORD-1001" });
  assert.match(fr.r.text, /Votre commande ORD-1001 est en route\./);
  const de = await turn("Wo ist meine Bestellung ORD-1003?", "de", { order: "ORD-1003" });
  assert.match(de.r.text, /Ihre Bestellung ORD-1003 wird gerade vorbereitet/);
});

Deno.test("returns and refund policy are answered in the customer's language", async () => {
  const returns = await turn("¿Cómo puedo devolver un artículo?", "es", { firstTurn: false });
  assert.match(returns.r.text, /^Puedes devolver un artículo en un plazo de 30 días/);
  const refunds = await turn("Wann bekomme ich meine Rückerstattung?", "de");
  assert.match(refunds.r.text, /Rückerstattung können Sie innerhalb von 30 Tagen/);
});

Deno.test("anything else in Spanish goes to a colleague who speaks it, said in Spanish", async () => {
  const { msg, r } = await turn("Quiero cambiar la contraseña de mi cuenta", "es");
  assert.equal(msg.payload.decision?.action, "handoff");
  assert.deepEqual(msg.payload.decision?.reasons, ["customer writes in Spanish"]);
  assert.match(r.text, /compañero que habla español/);
  assert.doesNotMatch(r.text, /\b(Hello|Hi)\b/);
});

Deno.test("another language gets a plain English takeover and a handoff", async () => {
  const { msg, r } = await turn("Dov'è il mio ordine ORD-1001?", "it", { order: "ORD-1001" });
  assert.equal(msg.payload.decision?.action, "handoff");
  assert.deepEqual(msg.payload.decision?.reasons, ["customer writes in Italian"]);
  assert.equal(r.text, ENGLISH_TAKEOVER);
});

Deno.test("a guest asking about an order in French is asked to sign in, in French", async () => {
  const { msg, r } = await turn("Où est ma commande ORD-1001 ?", "fr", { guest: true });
  assert.equal(msg.payload.decision?.action, "identify");
  assert.match(r.text, /connectez-vous/);
  assert.doesNotMatch(r.text, /en route|TRK/);
  // With a one-time code on its way, the code is asked for, in the language.
  const code = await turn("¿Dónde está mi pedido ORD-1001?", "es", { guest: true, codeSent: true });
  assert.match(code.r.text, /escribe aquí el código de un solo uso/);
  assert.doesNotMatch(code.r.text, /en camino|TRK/);
});

Deno.test("without an order named, the customer's orders are listed to choose from", async () => {
  const { r } = await turn("Hallo, wo ist meine Bestellung?", "de");
  assert.match(r.text, /Um welche Bestellung geht es\? Ihre letzten Bestellungen sind ORD-\d+/);
  assert.doesNotMatch(r.text, /ORD-1234/, "no made-up example number");
});

Deno.test("a lost parcel is called lost in the language and a colleague who speaks it arranges a refund or a replacement", async () => {
  const cases = [
    ["¿Dónde está mi pedido ORD-3001?", "es", /ORD-3001 se ha perdido en el envío/, /reembolsarte/],
    ["Où est ma commande ORD-3001 ?", "fr", /ORD-3001 a été perdue/, /rembourser ou vous renvoyer/],
    [
      "Wo ist meine Bestellung ORD-3001?",
      "de",
      /ORD-3001 ist beim Versand verloren/,
      /Ersatzlieferung/,
    ],
  ] as const;
  for (const [text, lang, fact, next] of cases) {
    const { msg, r } = await turn(text, lang, { who: "emma", order: "ORD-3001" });
    assert.equal(msg.payload.decision?.action, "handoff", text);
    assert.match(msg.payload.decision!.reasons.join(" "), /ORD-3001 lost/);
    assert.match(r.text, fact);
    assert.match(r.text, next);
    assert.doesNotMatch(
      r.text,
      /en camino|en route|unterwegs|Thanks/,
      "never on its way, never English",
    );
  }
});

Deno.test("a delivered order has its day, a late parcel is said to be late, in the language", async () => {
  const es = await turn("Hola, ¿dónde está mi pedido ORD-3002?", "es", {
    who: "emma",
    order: "ORD-3002",
  });
  assert.match(es.r.text, /ORD-3002 se entregó el \d{1,2}\/\d{1,2}\/\d{4}\./);
  const de = await turn("Wo ist meine Bestellung ORD-3002?", "de", {
    who: "emma",
    order: "ORD-3002",
  });
  assert.match(de.r.text, /ORD-3002 wurde am \d{1,2}\.\d{1,2}\.\d{4} zugestellt\./);
  const late = await turn("Où en est ma commande ORD-2001 ?", "fr", {
    who: "mike",
    order: "ORD-2001",
  });
  assert.equal(late.msg.payload.decision?.action, "answer");
  assert.match(late.r.text, /ORD-2001 est en route\..*retard/s);
  assert.match(late.r.text, /TRK\d{10}/);
  const unpaid = await turn("Wo ist meine Bestellung ORD-2002?", "de", {
    who: "mike",
    order: "ORD-2002",
  });
  assert.match(unpaid.r.text, /ORD-2002 wartet noch auf die Zahlung/);
  const tracking = await turn("¿Cuál es el número de seguimiento de ORD-3002?", "es", {
    who: "emma",
    order: "ORD-3002",
  });
  assert.match(tracking.r.text, /se entregó el .*El número de seguimiento es TRK\d{10}/s);
});

Deno.test("a reply in Spanish gives the same dates as the English one: shipped, delivered", async () => {
  const shipped = await turn("¿Dónde está mi pedido ORD-1001?", "es", { order: "ORD-1001" });
  const order = shipped.msg.payload.context!.order!;
  const d = new Date(order.shipped_at!);
  const day = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  assert.match(shipped.r.text, new RegExp(`Salió el ${day}\\.`));
  const delivered = await turn("¿Y el pedido ORD-1002?", "es", { order: "ORD-1002" });
  const at = new Date(delivered.msg.payload.context!.order!.delivered_at!);
  assert.match(
    delivered.r.text,
    new RegExp(`Tu pedido ORD-1002 se entregó el ${at.getUTCDate()}/${at.getUTCMonth() + 1}/`),
  );
  const de = await turn("Wo ist meine Bestellung ORD-1002?", "de", { order: "ORD-1002" });
  assert.match(de.r.text, /Ihre Bestellung ORD-1002 wurde am \d{1,2}\.\d{1,2}\.\d{4} zugestellt\./);
});

Deno.test("a lost parcel is never 'on its way' in another language", async () => {
  const text = "¿Dónde está mi pedido ORD-3001?";
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("other", text, { language: "es", confidence: 0.3 }),
    context: castContext("emma", { order: "ORD-3001" }),
    session: { turn: 1 },
  });
  msg.payload.decision = decide(msg);
  const r = (await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx()))
    .enrichment!;
  assert.match(r.text, /se ha perdido/);
  assert.doesNotMatch(r.text, /en camino|entrega estimada/);
});
