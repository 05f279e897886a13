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
    /\b(?:refund\w*|reimburs\w*|money back|my money|(?:credit|pay|give|send) (?:it |me |the money )?back|repay\w*)\b/,
  ],
  [
    "document",
    /\b(?:invoices?|receipts?|reciepts?|recipts?|vat|proof of (?:purchase|payment)|bills? for|the bill|tax document)\b/,
  ],
  [
    "sign_in",
    /\b(?:log(?:ging)? ?in|login|sign(?:ing)? ?(?:in|up|on)|password\w*|passwort|pw|2fa|two[- ]factor|verification|verify|locked out|username|credentials|captcha)\b/,
  ],
  [
    "address",
    /\b(?:address\w*|adress\w*|postcode|post code|zip(?: code)?|street|road|avenue|lane|flat (?:number|no)|apartment|apt|house number|redirect)\b/,
  ],
  [
    "person",
    /\b(?:human|person|people|agent|representative|rep|manager|supervisor|operator|staff|employee|someone|somebody|callback|call me|phone number|hotline)\b/,
  ],
  [
    "send_back",
    /\b(?:return(?:ing|ed|s)?|retu?rn|send (?:it |them |this |these )?back|sending (?:it |them )?back|exchange|swap)\b/,
  ],
  [
    "stop_order",
    /\b(?:cancel\w*|cancle|cancl|call off|abort|void|withdraw|don't want (?:it|the order)|no longer (?:want|need))\b/,
  ],
  [
    "rule",
    /\b(?:polic(?:y|ies)|rules?|terms|conditions|warranty|guarantee|fees?|free of charge|allowed|window|period|eligible|restocking|how long do i have|do you (?:charge|refund|accept returns))\b/,
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
    /\b(?:reviews?|rate|rating|stars?|testimonial|feedback|suggestion|compliments?|kudos|praise|shout ?out)\b/,
  ],
  [
    "elsewhere",
    /\b(?:amazon|ebay|ikea|netflix|spotify|uber|deliveroo|zalando|walmart|aliexpress|etsy|shein|temu|dominos|gym|my landlord|homework|recipe|weather)\b/,
  ],
];

/** The names of the concepts a message mentions, as `k:<name>` features. */
export function conceptFeatures(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  const out: string[] = [];
  for (const [name, re] of CONCEPTS) if (re.test(lower)) out.push(`k:${name}`);
  return out;
}
