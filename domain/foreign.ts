/**
 * Messages in another language than English. The built-in classifier reads English only,
 * so for the languages we answer in (Spanish, French, German) the few requests that have
 * translated templates — where is my order, its tracking, the returns and refund policy —
 * are read from the message's own words; everything else goes to a colleague who speaks
 * the language. Shared by the decision router (route) and the response (reply).
 */

/** Languages with reply templates of their own. */
export const TEMPLATE_LANGUAGES = ["es", "fr", "de"] as const;
/** A language with reply templates. */
export type TemplateLanguage = typeof TEMPLATE_LANGUAGES[number];

/** What a message in a template language asks, when we can answer it in that language. */
export type ForeignRequest =
  | "order_status"
  | "tracking"
  | "returns"
  | "refunds"
  | "greeting"
  | "thanks"
  | "goodbye";

/** English names of the languages `detectLanguage` knows, for handoff reasons. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
};

/** The English name of a language code ("es" → "Spanish"); the code when unknown. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** True when replies can be written in `code` from templates. */
export function isTemplateLanguage(code: string | undefined | null): code is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(code ?? "");
}

/** Per language, the words of each request (matched accent- and case-insensitively). */
const CUES: Readonly<
  Record<
    TemplateLanguage,
    Readonly<Record<Exclude<ForeignRequest, "greeting" | "thanks" | "goodbye">, RegExp>>
  >
> = {
  es: {
    refunds: /\b(reembols\w*|devolucion del dinero|devuelv\w* (el|mi) dinero)\b/,
    returns: /\b(devolver|devolucion\w*|devuelvo|retorn\w*)\b/,
    tracking: /\b(seguimiento|rastre\w*|numero de envio|transportista)\b/,
    order_status:
      /\b(donde esta|estado|cuando llega\w*|llegara|no ha llegado|mi pedido|mi paquete|mi envio)\b/,
  },
  fr: {
    refunds: /\b(rembours\w*)\b/,
    returns: /\b(retourn\w*|retour|renvoyer)\b/,
    tracking: /\b(suivi|numero de suivi|transporteur)\b/,
    order_status:
      /\b(ou est|ou en est|statut|etat|quand (va|vais|arrive)\w*|arrivera|ma commande|mon colis)\b/,
  },
  de: {
    refunds: /\b(ruckerstatt\w*|erstatt\w*|geld zuruck)\b/,
    returns: /\b(ruckgabe|zuruckgeben|zurucksenden|zuruckschicken|retoure\w*|umtausch\w*)\b/,
    tracking: /\b(sendungsverfolgung|sendungsnummer|tracking\w*|verfolg\w*)\b/,
    order_status: /\b(wo ist|wo bleibt|status|wann kommt|wann wird|meine bestellung|mein paket)\b/,
  },
};

/**
 * Something wrong with what came (broken, damaged, faulty, the wrong item), or a change to
 * the order (cancel it, send it elsewhere): no template answers it, so a colleague who
 * speaks the language takes it, even when the message names the order or asks for a refund.
 */
const NO_TEMPLATE: Readonly<Record<TemplateLanguage, RegExp>> = {
  es:
    /\b(rot[oa]s?|danad[oa]s?|estropead[oa]s?|defectuos[oa]s?|equivocad[oa]s?|rompi\w*|cancel\w*|anul\w*|cambiar la direccion)\b/,
  fr:
    /\b(cassee?s?|abime\w*|endommag\w*|defectueu\w*|pas le bon|mauvais (article|produit|colis)|annul\w*|changer (l'|d')?adresse)\b/,
  de:
    /\b(kaputt\w*|beschadigt\w*|defekt\w*|zerbrochen\w*|falsch\w* (artikel|produkt|ware)|storn\w*|abbestell\w*|adresse (andern|aktualisieren))\b/,
};

/** Greetings and thanks that make a message small talk. */
const COURTESY: Readonly<Record<TemplateLanguage, RegExp>> = {
  es: /^(hola|buen(os|as) (dias|tardes|noches)|gracias|muchas gracias|adios|hasta luego)\b/,
  fr: /^(bonjour|bonsoir|salut|merci|au revoir)\b/,
  de: /^(hallo|guten (tag|morgen|abend)|danke|vielen dank|tschuss|auf wiedersehen)\b/,
};

/** Goodbyes, within the courtesies: "adiós" ends the conversation, it does not open one. */
const GOODBYE: Readonly<Record<TemplateLanguage, RegExp>> = {
  es: /^(adios|hasta luego)\b/,
  fr: /^au revoir\b/,
  de: /^(tschuss|auf wiedersehen)\b/,
};

/** Thanks, within the courtesies. */
const THANKS: Readonly<Record<TemplateLanguage, RegExp>> = {
  es: /^(muchas )?gracias\b/,
  fr: /^merci\b/,
  de: /^(vielen )?dank(e)?\b/,
};

/** True when a message in `lang` says goodbye anywhere in it ("gracias, adiós"). */
export function saysGoodbyeIn(text: string, lang: TemplateLanguage): boolean {
  const t = plain(text);
  return t.split(/[\p{P}\s]+/u).some((_, i, words) => GOODBYE[lang].test(words.slice(i).join(" ")));
}

/** Lower case without accents, so "¿Dónde está?" reads as "donde esta". */
export function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * What a message in `lang` asks that a template answers, or null when it asks something
 * else (a colleague who speaks the language takes it). A refund is read before a return
 * and tracking before status, the narrower request first.
 */
export function foreignRequest(text: string, lang: TemplateLanguage): ForeignRequest | null {
  const t = plain(text).replace(/^[\p{P}\s]+/u, "");
  if (NO_TEMPLATE[lang].test(t)) return null;
  const cues = CUES[lang];
  for (const kind of ["refunds", "returns", "tracking", "order_status"] as const) {
    if (cues[kind].test(t)) return kind;
  }
  if (/\bORD-?\d+\b/i.test(text)) return "order_status";
  const rest = t.replace(COURTESY[lang], "").replace(/[\p{P}\s]+/gu, " ").trim();
  if (COURTESY[lang].test(t) && rest.split(" ").filter(Boolean).length <= 2) {
    return THANKS[lang].test(t) ? "thanks" : GOODBYE[lang].test(t) ? "goodbye" : "greeting";
  }
  return null;
}
