/**
 * Concepts of support talk: small groups of words and phrases that mean the same thing to
 * a shop ("expedite", "rush", "send it faster"; "receipt", "invoice", "bill me"). Each
 * becomes one extra feature of the intent classifier, so what it learns from the common
 * words carries over to the rare ones, and to words a customer uses that our examples
 * never did. The groups name meanings, not intents: the model weighs them.
 */

const CONCEPTS: readonly [name: string, pattern: RegExp][] = [
  [
    "speed",
    /\b(?:fast(?:er|est)?|quick(?:er|est|ly)?|sooner|expedit\w*|rush(?:ed|ing)?|hurry|speed(?:ed)? (?:it |this |that )?up|express|priority|next[- ]day|overnight|same[- ]day)\b/,
  ],
  [
    "money_back",
    /\b(?:refund\w*|reimburs\w*|restitution|money back|my money|(?:credit|pay|give|send) (?:it |me |the money )?back|repay\w*)\b/,
  ],
  [
    "document",
    /\b(?:invoices?|receipts?|reciepts?|recipts?|vat|proof of (?:purchase|payment)|bills?|tax document)\b/,
  ],
  [
    "sign_in",
    /\b(?:log(?:ging)? ?in|login|sign(?:ing)? ?(?:in|up|on)|password\w*|passwort|pw|pin(?: code| number)?|passcode|access (?:key|code)|2fa|two[- ]factor|verification|verify|locked out|username|credentials|captcha|registration|register(?:ing)?)\b/,
  ],
  [
    "address",
    /\b(?:address\w*|adress\w*|postcode|post code|zip(?: code)?|street|road|avenue|lane|flat (?:number|no)|apartment|apt|house number|redirect)\b/,
  ],
  [
    "person",
    /\b(?:human|person|people|agent|representative|rep|manager|supervisor|operator|staff|employee|someone|somebody|callback|call me|phone number|hotline|helpline|help ?desk|customer (?:service|support|care|assistance)|(?:support|assistance|service) (?:team|line|staff|desk))\b/,
  ],
  [
    "send_back",
    /\b(?:return(?:ing|ed|s)?|retu?rn|send (?:it |them |this |these )?back|sending (?:it |them )?back|exchange|swap)\b/,
  ],
  [
    "stop_order",
    /\b(?:cancel\w*|cancle|cancl|call off|abort|void|withdraw\w*|revoke|back out|don't want (?:it|the order)|no longer (?:want|need))\b/,
  ],
  [
    "rule",
    /\b(?:polic(?:y|ies)|rules?|terms|conditions|warranty|guarantee|fees?|penalt(?:y|ies)|charges|exit fee|termination|entitled|free of charge|allowed|window|period|eligible|restocking|how long do i have|do you (?:charge|refund|accept returns))\b/,
  ],
  [
    "damage",
    /\b(?:broken|broke|damaged?|cracked|crack|smashed|shattered|dented|scratched|chipped|crushed|leaking|torn|ripped|faulty|defective)\b/,
  ],
  [
    "missing",
    /\b(?:missing|lost|stolen|never (?:came|arrived|turned up|showed up|got)|not (?:arrived|here|received)|hasn'?t (?:arrived|come|shown up|turned up)|still not|wrong (?:item|size|colou?r|product|thing|model|order))\b/,
  ],
  [
    "whereabouts",
    /\b(?:where(?:'s| is)?|track\w*|status|eta|shipped|dispatched|despatched|on (?:its|the) way|in transit|out for delivery|when will|when does|arrive)\b/,
  ],
  [
    "mailing",
    /\b(?:newsletters?|unsubscrib\w*|unsubscib\w*|mailing list|marketing|promotional|promo emails|spam|notifications|opt (?:me )?out|sms alerts)\b/,
  ],
  [
    "praise",
    /\b(?:reviews?|rate|rating|stars?|testimonial|feedback|opinion|suggestion|compliments?|kudos|praise|shout ?out)\b/,
  ],
  [
    "elsewhere",
    /\b(?:amazon|ebay|ikea|netflix|spotify|uber|deliveroo|zalando|walmart|aliexpress|etsy|shein|temu|dominos|gym|my landlord|homework|recipe|weather|facebook|instagram|twitter|tiktok|snapchat|whatsapp|linkedin|gmail|outlook|hotmail|yahoo|icloud|council|dmv|town hall|government|passport|driving licen[cs]e|tax office|vote|voting|election|university|college|school|library|mortgage|insurance|landlord|electricity|energy (?:supplier|provider)|internet provider|broadband|(?:mobile|phone|data) (?:plan|contract|network)|carrier|flights?|hotels?|airline|airport|train tickets?|doctor|dentist|hospital|restaurant|recipes?|movies?|films?|songs?|football|my car|tyres?|tires?|oil change|loans?|credit score|salary|pension|visa|embassy|homework|exam|reservations?|rental cars?|rent a car|concerts?|theatre|theater|cinema|pharmacy|chemist|voicemail|alarm|reminder|calendar|playlist|grocery list|shopping list)\b/,
  ],
  [
    "account_life",
    /\b(?:creat\w*|open(?:ing)?|mak(?:e|ing)|set(?:ting)? up|regist\w*|delet\w*|clos(?:e|ing)|remov\w*|deactivat\w*|terminat\w*|eras\w*|edit\w*|updat\w*|modif\w*|upgrad\w*|downgrad\w*)\b(?: [\w']+){0,3}? (?:account|profile|membership)s?\b/,
  ],
  [
    "switch_profile",
    /\b(?:switch\w*|swap\w*|chang\w* (?:to|between)|mov\w* between|toggl\w*|another|other|different|second)\b(?: [\w']+){0,3}? (?:accounts?|profiles?|users?)\b/,
  ],
  [
    "grievance",
    /\b(?:complain\w*|complaint|grievances?|claims?|reclamations?|dis+atisf\w*|unhappy|mistreated|rude)\b/,
  ],
  [
    "hours",
    /\b(?:hours|opening times|open(?:ing)? (?:times|hours)|what time (?:do|does|is|are)|when (?:are|is|do|does) (?:you|it|the \w+) (?:open|close)|open (?:now|today|on)|closed? on)\b/,
  ],
  [
    "delivery_time",
    /\b(?:how (?:long|soon|quickly|fast|many (?:working |business )?days)|time ?frames?|delivery (?:period|time|window)s?|lead times?|transit times?|take to (?:arrive|ship|deliver|get here))\b/,
  ],
  [
    "delivery_way",
    /\b(?:(?:shipping|shipment|delivery|postage) (?:methods?|options?|modes?|types?|speeds?|services?|costs?|prices?|rates?)|methods? of (?:shipping|shipment|delivery)|carriers?|couriers?|next[- ]day|standard delivery|pick ?up in store|click and collect)\b/,
  ],
  [
    "stock",
    /\b(?:(?:in|out of) stock|sold out|availab(?:le|ility)|units? left|any left)\b/,
  ],
  [
    "gift_card",
    /\b(?:gift ?cards?|gift ?vouchers?|e-?gift|gift certificates?)\b/,
  ],
];

/** The names of the concepts a message mentions, as `k:<name>` features. */
export function conceptFeatures(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  const out: string[] = [];
  for (const [name, re] of CONCEPTS) if (re.test(lower)) out.push(`k:${name}`);
  // A linear model cannot tell the shop's hours from its support's by the two apart: "when
  // is customer service open" asks for our people, "when are you open" about the shop.
  if (out.includes("k:hours") && out.includes("k:person")) out.push("k:person_hours");
  return out;
}
