/**
 * "Ok gracias", "merci", "danke schön" while a colleague who speaks the language is on the
 * way: thanked (or said goodbye to) in that language, with the place kept — not the queue
 * report in English, nor "I'm passing you to a colleague" again.
 */
import { type Draft, draft, type TurnView } from "./view.ts";

/** Courtesy words of one language and the lines that answer them. */
interface Courtesy {
  lang: string;
  thanks: RegExp;
  bye: RegExp;
  welcome: string;
  farewell: string;
  place: string;
}

/** Thanks and goodbyes in the languages our colleagues speak. */
const COURTESY: readonly Courtesy[] = [
  {
    lang: "es",
    thanks: /(?:^|[\s,.!¡])(?:gracias|vale)(?=$|[\s,.!])/i,
    bye: /(?:^|[\s,.!¡])(?:adi[oó]s|hasta luego|chao)(?=$|[\s,.!])/i,
    welcome: "¡De nada!",
    farewell: "¡Hasta pronto!",
    place: "Sigues en la cola: un compañero que habla español te responderá aquí.",
  },
  {
    lang: "fr",
    thanks: /(?:^|[\s,.!])(?:merci|d'accord)(?=$|[\s,.!])/i,
    bye: /(?:^|[\s,.!])(?:au revoir|à bientôt|salut)(?=$|[\s,.!])/i,
    welcome: "Je vous en prie !",
    farewell: "À bientôt !",
    place: "Vous gardez votre place : un collègue francophone vous répondra ici.",
  },
  {
    lang: "de",
    thanks: /(?:^|[\s,.!])(?:danke|vielen dank)(?=$|[\s,.!])/i,
    bye: /(?:^|[\s,.!])(?:tschüss|auf wiedersehen)(?=$|[\s,.!])/i,
    welcome: "Gern geschehen!",
    farewell: "Bis bald!",
    place: "Sie behalten Ihren Platz: ein deutschsprachiger Kollege antwortet Ihnen hier.",
  },
];

/** Words that make the message more than a courtesy: a question or a request. */
const MORE = /\?|\b(?:ORD-?\d+|dónde|cuándo|où|quand|wo|wann|pedido|commande|bestellung)\b/i;

/** The courtesy answered in its language while a person is on the way; null otherwise. */
export function queuedCourtesy(v: TurnView): Draft | null {
  if (!v.openHandoff || MORE.test(v.text)) return null;
  const words = v.text.match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0 || words.length > 5) return null;
  const found = COURTESY.find((c) => c.thanks.test(v.text) || c.bye.test(v.text));
  if (!found) return null;
  const head = found.thanks.test(v.text) ? found.welcome : found.farewell;
  return draft(`handoff_queued_courtesy_${found.lang}`, "friendly", [head, found.place]);
}
