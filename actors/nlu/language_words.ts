/**
 * Words that tell the languages we detect apart in short messages, where letter patterns
 * say little: function words (articles, pronouns, prepositions, auxiliaries), greetings,
 * thanks and courtesy, and the words of a shop (order, parcel, refund, size). A word that
 * belongs to several languages counts for each a share ("de", "no", "a").
 */

/** The languages detected by name (ISO 639-1). */
export const LATIN_LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl"] as const;
/** One of them. */
export type LatinLanguage = (typeof LATIN_LANGUAGES)[number];

const WORDS: Record<LatinLanguage, string> = {
  en: `the a an and or but is are was were be been am i you he she it we they my your our their
    me him her us them this that these those what where when why how who which with without for
    from to of in on at by about not no yes yeah ok okay please thanks thank hi hey hello bye
    goodbye cheers morning evening can could would should will shall do does did have has had
    get got want need like just still yet already there here order orders parcel package
    delivery shipping refund return returns cancel account password invoice receipt item items
    size colour color arrived received broken damaged wrong help issue problem payment card
    charged money back today tomorrow yesterday week weeks days time again never nothing
    anything something some any all more much very too also only if then than so because its
    it's i'm don't can't didn't isn't won't doesn't haven't where's what's u ur pls plz thx wat
    gonna wanna lol yo over great good bad love awesome amazing terrible service product ta ty
    tysm thnx thanx kk np same as before after`,
  es: `el la los las un una unos unas y o pero es son está están estoy fue ser estar soy yo tú
    usted él ella nosotros ellos mi mis tu tus su sus nuestro me te se le les lo que qué
    donde dónde cuando cuándo como cómo por para con sin de del al en sobre no sí hola gracias
    adiós buenos buenas días tardes noches favor quiero quisiera necesito puedo puede tengo
    tiene hay hace pedido pedidos paquete envío entrega reembolso devolver devolución cancelar
    cuenta contraseña factura talla color llegó recibí roto equivocado ayuda problema pago
    tarjeta cobrado dinero hoy mañana ayer semana semanas todavía nunca nada algo muy también
    solo porque pues vale perfecto hasta luego señor señora esto este esta eso ese esa mío tienen pueden quieren hacen
    estaba tengo`,
  fr: `le la les un une des et ou mais est sont suis êtes était être avoir ai as a avez ont je
    tu il elle nous vous ils elles mon ma mes ton ta tes son sa ses notre votre leur ce cette ces
    que qui quoi où quand comment pourquoi avec sans pour par de du au aux en dans sur ne pas non
    oui bonjour bonsoir salut merci revoir beaucoup plaît voudrais veux peux pouvez dois faut
    commande commandes colis livraison livré remboursement rembourser retour retourner annuler
    compte mot passe facture taille couleur arrivé reçu cassé abîmé mauvais aide problème
    paiement carte débité argent aujourd'hui demain hier semaine semaines encore jamais rien
    quelque très aussi seulement parce d'accord bientôt journée c'est j'ai n'est je n'ai toujours
    qu'il`,
  de: `der die das den dem des ein eine einen einem einer und oder aber ist sind war waren bin
    bist sein haben habe hat hatte ich du er sie es wir ihr mein meine meinen meiner dein deine
    ihre unser euer was wo wann warum wie wer welche mit ohne für von zu zum zur in im auf an am
    bei über nicht kein keine nein ja hallo danke bitte tschüss guten morgen abend tag vielen
    schön dank möchte will kann können muss brauche bestellung bestellungen paket lieferung versand
    rückerstattung zurück zurückschicken stornieren konto passwort rechnung größe farbe
    angekommen bekommen erhalten kaputt beschädigt falsch falschen hilfe problem zahlung karte
    geld heute morgen gestern woche wochen noch immer nie nichts etwas sehr auch nur weil dass
    schon alles klar bis bald sich mir mich ihnen`,
  pt: `o a os as um uma uns umas e ou mas é são está estão estou foi ser estar sou eu tu você
    ele ela nós eles elas meu minha meus minhas seu sua nosso que onde quando como por porque
    para com sem de do da dos das no na nos nas em não sim olá oi obrigado obrigada tchau bom
    boa dia tarde noite favor quero queria gostaria preciso posso pode tenho tem há pedido
    encomenda pacote entrega envio reembolso devolver devolução cancelar conta senha fatura
    tamanho cor chegou recebi quebrado danificado errado ajuda problema pagamento cartão cobrado
    dinheiro hoje amanhã ontem semana semanas ainda nunca nada algo muito também só logo tudo
    bem perfeito isso este esta vocês têm estou não
    fui`,
  it: `il lo la i gli le un uno una e o ma è sono sei era essere avere ho hai ha abbiamo io tu
    lui lei noi voi loro mio mia miei mie tuo tua suo sua nostro che chi cosa dove quando come
    perché con senza per da di del della dei delle al alla in nel nella su sul non sì ciao
    grazie buongiorno buonasera arrivederci salve prego favore voglio vorrei posso può devo
    ordine ordini pacco consegna spedizione rimborso restituire reso annullare account
    password fattura taglia colore arrivato ricevuto rotto danneggiato sbagliato aiuto problema
    pagamento carta addebitato soldi oggi domani ieri settimana settimane ancora mai niente
    qualcosa molto anche solo bene perfetto presto mille questo questa quello mi ti si ci
    avete siete potete volete sto stato`,
  nl: `de het een en of maar is zijn was waren ben bent heb hebt heeft hebben ik jij je u hij
    zij ze wij we jullie mijn mijn jouw uw zijn haar ons onze hun wat waar wanneer waarom hoe
    wie welke met zonder voor van naar te in op aan bij over niet geen nee ja hallo hoi dank
    bedankt dankjewel dankuwel alstublieft alsjeblieft graag doei dag goedemorgen goedemiddag
    wil wilt kan kunt moet nodig bestelling bestellingen pakket levering bezorging verzending
    terugbetaling terugsturen annuleren account wachtwoord factuur maat kleur aangekomen
    ontvangen kapot beschadigd verkeerde hulp probleem betaling betaald geld vandaag morgen
    gisteren week weken nog steeds nooit niets iets heel erg ook alleen omdat dat dit deze die
    ziens prima oké niks er`,
};

/** Word → the languages it belongs to. */
export const LANGUAGE_WORDS: ReadonlyMap<string, readonly LatinLanguage[]> = (() => {
  const map = new Map<string, LatinLanguage[]>();
  for (const lang of LATIN_LANGUAGES) {
    for (const w of new Set(WORDS[lang].split(/\s+/).filter(Boolean))) {
      const list = map.get(w) ?? [];
      list.push(lang);
      map.set(w, list);
    }
  }
  return map;
})();
