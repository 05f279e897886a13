import assert from "node:assert/strict";
import { foreignRequest, isTemplateLanguage, languageName, saysGoodbyeIn } from "./foreign.ts";

Deno.test("requests with templates are read from Spanish, French and German words", () => {
  assert.equal(foreignRequest("Hola, ¿dónde está mi pedido ORD-1001?", "es"), "order_status");
  assert.equal(foreignRequest("Où est ma commande ?", "fr"), "order_status");
  assert.equal(foreignRequest("Wo ist meine Bestellung?", "de"), "order_status");
  assert.equal(foreignRequest("¿Cuál es el número de seguimiento?", "es"), "tracking");
  assert.equal(foreignRequest("Quiero devolver unos zapatos", "es"), "returns");
  assert.equal(foreignRequest("Comment faire un retour ?", "fr"), "returns");
  assert.equal(foreignRequest("Wie funktioniert die Rückgabe?", "de"), "returns");
  assert.equal(foreignRequest("¿Cuándo recibo el reembolso?", "es"), "refunds");
  assert.equal(foreignRequest("Je voudrais un remboursement", "fr"), "refunds");
  assert.equal(foreignRequest("Wann kommt die Rückerstattung?", "de"), "refunds");
});

Deno.test("a courtesy alone is a greeting; anything else has no template", () => {
  assert.equal(foreignRequest("¡Hola!", "es"), "greeting");
  assert.equal(foreignRequest("Bonjour", "fr"), "greeting");
  assert.equal(foreignRequest("merci beaucoup", "fr"), "thanks");
  assert.equal(foreignRequest("Vielen Dank!", "de"), "thanks");
  assert.equal(foreignRequest("Quiero cambiar la contraseña", "es"), null);
  assert.equal(foreignRequest("Je voudrais changer mon adresse e-mail", "fr"), null);
  assert.equal(foreignRequest("Können Sie mir eine Rechnung schicken?", "de"), null);
});

Deno.test("languages are named in English and only es, fr, de have templates", () => {
  assert.equal(languageName("es"), "Spanish");
  assert.equal(languageName("it"), "Italian");
  assert.equal(isTemplateLanguage("de"), true);
  assert.equal(isTemplateLanguage("it"), false);
  assert.equal(isTemplateLanguage(undefined), false);
});

Deno.test("a broken or wrong item, or a change to the order, goes to a colleague who speaks the language, order named or not", () => {
  assert.equal(foreignRequest("bonjour, ma commande ORD-3002 est arrivée cassée", "fr"), null);
  assert.equal(foreignRequest("Mi pedido ORD-3002 llegó roto, quiero un reembolso", "es"), null);
  assert.equal(foreignRequest("Meine Bestellung ist kaputt angekommen", "de"), null);
  assert.equal(foreignRequest("Le colis est endommagé", "fr"), null);
  assert.equal(
    foreignRequest("hallo, ich möchte meine bestellung ORD-1003 stornieren", "de"),
    null,
  );
  assert.equal(foreignRequest("Je voudrais annuler ma commande ORD-1003", "fr"), null);
  assert.equal(foreignRequest("Quiero cancelar mi pedido ORD-1003", "es"), null);
  // No damage: the template still answers.
  assert.equal(foreignRequest("Où est ma commande ORD-3002 ?", "fr"), "order_status");
});

Deno.test("a goodbye in Spanish, French or German is a goodbye, not a greeting", () => {
  assert.equal(foreignRequest("adiós", "es"), "goodbye");
  assert.equal(foreignRequest("Au revoir !", "fr"), "goodbye");
  assert.equal(foreignRequest("Tschüss", "de"), "goodbye");
  assert.equal(foreignRequest("hola", "es"), "greeting");
});

Deno.test("thanks with a goodbye anywhere in it says goodbye", () => {
  assert.equal(saysGoodbyeIn("gracias, adiós", "es"), true);
  assert.equal(saysGoodbyeIn("merci, au revoir", "fr"), true);
  assert.equal(saysGoodbyeIn("danke, tschüss", "de"), true);
  assert.equal(saysGoodbyeIn("gracias", "es"), false);
  assert.equal(saysGoodbyeIn("merci beaucoup", "fr"), false);
});
