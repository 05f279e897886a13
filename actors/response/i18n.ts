/**
 * Reply texts in Spanish, French and German for what we answer in those languages: a
 * greeting, where an order is, its tracking, the returns and refund policy, and the
 * hand-over to a colleague who speaks the language. Numbers come from `domain/policy.ts`;
 * order facts from the context, so the guardrail checks them as in English.
 */
import type { TemplateLanguage } from "../../domain/foreign.ts";

/** The words of one language. */
export interface Phrases {
  hello: (name: string | null) => string;
  askWhich: (ids: readonly string[]) => string;
  notFound: (id: string | null) => string;
  status: Readonly<Record<string, string>>;
  order: (id: string, status: string) => string;
  /** The hand-over when the carrier lost the parcel: a refund or a replacement, their choice. */
  lostColleague: string;
  tracking: (number: string, carrier: string | null) => string;
  noTracking: string;
  lastScan: (location: string, date: string) => string;
  eta: (date: string) => string;
  /** When the order left the warehouse (the English reply's "shipped on …"). */
  shippedOn: (date: string, carrier: string | null) => string;
  /** The order delivered on a date (the English reply's "was delivered on …"). */
  deliveredOn: (id: string, date: string) => string;
  /** An estimate that has passed: the parcel is running late. */
  late: (date: string) => string;
  /** The carrier reported a delay (a tracking exception). */
  delayed: (location: string, date: string) => string;
  returns: (windowDays: number, sendDays: number) => string;
  refunds: (windowDays: number, processingDays: number) => string;
  signIn: string;
  /** A guest with a one-time sign-in code on its way: type it. */
  typeCode: string;
  colleague: string;
  more: string;
  help: string;
  welcome: string;
  /** A goodbye answered. */
  bye: (name: string | null) => string;
}

/** The phrases of each template language. */
export const PHRASES: Readonly<Record<TemplateLanguage, Phrases>> = {
  es: {
    hello: (n) => (n ? `¡Hola, ${n}!` : "¡Hola!"),
    bye: (
      n,
    ) => (n
      ? `¡Hasta pronto, ${n}! Que tengas un buen día.`
      : "¡Hasta pronto! Que tengas un buen día."),
    askWhich: (ids) =>
      ids.length
        ? `¿De qué pedido se trata? Tus pedidos recientes son ${ids.join(", ")}.`
        : "No veo ningún pedido en tu cuenta. ¿Puedes indicarme el número de pedido?",
    notFound: (id) =>
      id
        ? `No encuentro el pedido ${id} en tu cuenta. ¿Puedes revisar el número?`
        : "No encuentro ese pedido en tu cuenta. ¿Puedes revisar el número?",
    status: {
      pending: "está recibido y pendiente de preparación",
      processing: "se está preparando y aún no ha salido",
      awaitingPayment: "está a la espera del pago; lo prepararemos en cuanto llegue",
      shipped: "está en camino",
      lost: "se ha perdido en el envío: el transportista da el paquete por perdido",
      delivered: "fue entregado",
      cancelled: "está cancelado",
      returned: "fue devuelto",
      refunded: "fue reembolsado",
    },
    order: (id, s) => `Tu pedido ${id} ${s}.`,
    lostColleague: "Te paso con un compañero que habla español para reembolsarte el pedido o " +
      "enviarte uno nuevo, lo que prefieras; te responderá aquí en este chat.",
    tracking: (n, c) => `El número de seguimiento es ${n}${c ? ` (${c})` : ""}.`,
    noTracking: "Todavía no tiene número de seguimiento.",
    lastScan: (l, d) => `El último escaneo fue en ${l} el ${d}.`,
    eta: (d) => `La entrega estimada es el ${d}.`,
    shippedOn: (d, c) => `Salió el ${d}${c ? ` con ${c}` : ""}.`,
    deliveredOn: (id, d) => `Tu pedido ${id} se entregó el ${d}.`,
    late: (d) => `Se esperaba el ${d}, así que lleva retraso.`,
    delayed: (l, d) => `El transportista informó de un retraso en ${l} el ${d}.`,
    returns: (w, s) =>
      `Puedes devolver un artículo en un plazo de ${w} días desde la entrega; una vez ` +
      `solicitada la devolución, tienes ${s} días para enviarlo.`,
    refunds: (w, p) =>
      `Puedes pedir un reembolso en un plazo de ${w} días; una vez aprobado, el dinero ` +
      `llega a tu método de pago en unos ${p} días hábiles.`,
    signIn: "Para ver tu pedido, primero inicia sesión o indícame el correo de tu cuenta.",
    typeCode:
      "Para ver tu pedido, escribe aquí el código de un solo uso que enviamos al correo de tu cuenta. Si no te ha llegado, indícame de nuevo el correo y te envío otro.",
    colleague: "Te paso con un compañero que habla español; te responderá aquí en este chat.",
    more: "¿Puedo ayudarte con algo más?",
    help: "¿En qué puedo ayudarte?",
    welcome: "¡De nada!",
  },
  fr: {
    hello: (n) => (n ? `Bonjour ${n} !` : "Bonjour !"),
    bye: (n) => (n ? `Au revoir ${n}, et bonne journée !` : "Au revoir, et bonne journée !"),
    askWhich: (ids) =>
      ids.length
        ? `De quelle commande s'agit-il ? Vos commandes récentes sont ${ids.join(", ")}.`
        : "Je ne vois aucune commande sur votre compte. Pouvez-vous m'indiquer son numéro ?",
    notFound: (id) =>
      id
        ? `Je ne trouve pas la commande ${id} sur votre compte. Pouvez-vous vérifier le numéro ?`
        : "Je ne trouve pas cette commande sur votre compte. Pouvez-vous vérifier le numéro ?",
    status: {
      pending: "est enregistrée et en attente de préparation",
      processing: "est en cours de préparation et n'est pas encore expédiée",
      awaitingPayment: "attend le paiement ; nous la préparerons dès qu'il sera arrivé",
      shipped: "est en route",
      lost: "a été perdue pendant l'acheminement : le transporteur déclare le colis perdu",
      delivered: "a été livrée",
      cancelled: "est annulée",
      returned: "a été retournée",
      refunded: "a été remboursée",
    },
    order: (id, s) => `Votre commande ${id} ${s}.`,
    lostColleague: "Je vous mets en relation avec un collègue qui parle français pour vous " +
      "rembourser ou vous renvoyer la commande, comme vous préférez ; il vous répondra ici.",
    tracking: (n, c) => `Le numéro de suivi est ${n}${c ? ` (${c})` : ""}.`,
    noTracking: "Elle n'a pas encore de numéro de suivi.",
    lastScan: (l, d) => `Le dernier passage enregistré était à ${l} le ${d}.`,
    eta: (d) => `La livraison est prévue le ${d}.`,
    shippedOn: (d, c) => `Elle a été expédiée le ${d}${c ? ` avec ${c}` : ""}.`,
    deliveredOn: (id, d) => `Votre commande ${id} a été livrée le ${d}.`,
    late: (d) => `Elle était prévue le ${d} : elle a donc du retard.`,
    delayed: (l, d) => `Le transporteur a signalé un retard à ${l} le ${d}.`,
    returns: (w, s) =>
      `Vous pouvez retourner un article dans les ${w} jours suivant la livraison ; une fois ` +
      `le retour demandé, vous avez ${s} jours pour l'envoyer.`,
    refunds: (w, p) =>
      `Vous pouvez demander un remboursement dans les ${w} jours ; une fois accepté, il ` +
      `arrive sur votre moyen de paiement sous ${p} jours ouvrés environ.`,
    signIn:
      "Pour voir votre commande, connectez-vous d'abord ou indiquez-moi l'e-mail de votre compte.",
    typeCode:
      "Pour voir votre commande, tapez ici le code à usage unique envoyé à l'e-mail de votre compte. S'il n'est pas arrivé, redonnez-moi l'e-mail et je vous en envoie un autre.",
    colleague:
      "Je vous mets en relation avec un collègue qui parle français ; il vous répondra ici.",
    more: "Puis-je vous aider pour autre chose ?",
    help: "Comment puis-je vous aider ?",
    welcome: "Avec plaisir !",
  },
  de: {
    hello: (n) => (n ? `Hallo ${n}!` : "Hallo!"),
    bye: (
      n,
    ) => (n
      ? `Auf Wiedersehen, ${n}, und einen schönen Tag!`
      : "Auf Wiedersehen und einen schönen Tag!"),
    askWhich: (ids) =>
      ids.length
        ? `Um welche Bestellung geht es? Ihre letzten Bestellungen sind ${ids.join(", ")}.`
        : "Ich sehe keine Bestellung in Ihrem Konto. Können Sie mir die Bestellnummer nennen?",
    notFound: (id) =>
      id
        ? `Ich finde die Bestellung ${id} nicht in Ihrem Konto. Können Sie die Nummer prüfen?`
        : "Ich finde diese Bestellung nicht in Ihrem Konto. Können Sie die Nummer prüfen?",
    status: {
      pending: "ist eingegangen und wartet auf die Bearbeitung",
      processing: "wird gerade vorbereitet und ist noch nicht versandt",
      awaitingPayment: "wartet noch auf die Zahlung; sobald sie eingeht, bereiten wir sie vor",
      shipped: "ist unterwegs",
      lost:
        "ist beim Versand verloren gegangen: der Versanddienstleister meldet das Paket als verloren",
      delivered: "wurde zugestellt",
      cancelled: "ist storniert",
      returned: "wurde zurückgeschickt",
      refunded: "wurde erstattet",
    },
    order: (id, s) => `Ihre Bestellung ${id} ${s}.`,
    lostColleague: "Ich übergebe Sie an eine Kollegin oder einen Kollegen, die Deutsch " +
      "sprechen, für eine Erstattung oder eine Ersatzlieferung, wie Sie möchten; Sie " +
      "bekommen hier eine Antwort.",
    tracking: (n, c) => `Die Sendungsnummer ist ${n}${c ? ` (${c})` : ""}.`,
    noTracking: "Sie hat noch keine Sendungsnummer.",
    lastScan: (l, d) => `Der letzte Scan war am ${d} in ${l}.`,
    eta: (d) => `Die voraussichtliche Zustellung ist am ${d}.`,
    shippedOn: (d, c) => `Sie wurde am ${d}${c ? ` mit ${c}` : ""} versandt.`,
    deliveredOn: (id, d) => `Ihre Bestellung ${id} wurde am ${d} zugestellt.`,
    late: (d) => `Sie wurde für den ${d} erwartet und ist daher verspätet.`,
    delayed: (l, d) => `Der Versanddienst hat am ${d} in ${l} eine Verzögerung gemeldet.`,
    returns: (w, s) =>
      `Sie können einen Artikel innerhalb von ${w} Tagen nach der Zustellung zurückgeben; ` +
      `nach der Anmeldung der Rückgabe haben Sie ${s} Tage Zeit, ihn zurückzuschicken.`,
    refunds: (w, p) =>
      `Eine Rückerstattung können Sie innerhalb von ${w} Tagen beantragen; nach der ` +
      `Genehmigung ist das Geld in etwa ${p} Werktagen auf Ihrem Zahlungsmittel.`,
    signIn:
      "Um Ihre Bestellung zu sehen, melden Sie sich bitte zuerst an oder nennen Sie mir die E-Mail-Adresse Ihres Kontos.",
    typeCode:
      "Um Ihre Bestellung zu sehen, geben Sie hier bitte den Einmalcode ein, den wir an die E-Mail-Adresse Ihres Kontos geschickt haben. Falls er nicht angekommen ist, nennen Sie mir die E-Mail-Adresse noch einmal, und ich schicke einen neuen.",
    colleague:
      "Ich übergebe Sie an eine Kollegin oder einen Kollegen, die Deutsch sprechen; Sie bekommen hier eine Antwort.",
    more: "Kann ich sonst noch etwas für Sie tun?",
    help: "Wie kann ich Ihnen helfen?",
    welcome: "Gern geschehen!",
  },
};

/** A date as the language writes it with numbers: 3/12/2026 (es, fr), 3.12.2026 (de). */
export function localDate(iso: string, lang: TemplateLanguage): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sep = lang === "de" ? "." : "/";
  return [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()].join(sep);
}

/** The plain-English reply for a language we have no colleague or templates for. */
export const ENGLISH_TAKEOVER =
  "Thanks for your message. I can only answer in English myself, so a colleague will take over this conversation and reply to you here.";
