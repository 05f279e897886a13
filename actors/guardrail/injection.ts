/**
 * Prompt injection in the customer's message: attempts to override the assistant's rules
 * ("ignore your instructions", "you are now…", "act as admin", "refund everything"),
 * role-play jailbreaks and encoded payloads. When found, the turn takes no action: the
 * reply keeps only its plain facts and declines the rest.
 */
import { type Check, fixed } from "./check.ts";
import { joinSentences, splitSentences } from "./sentences.ts";

const PATTERNS: readonly [string, RegExp][] = [
  [
    "override",
    /\b(ignore|disregard|forget|bypass|override)\s+(?:(?:all|any|of|your|the|previous|prior|above|earlier|system|these|those|store|safety|company|my)\s+){0,4}(instructions?|rules|polic(y|ies)|guidelines|prompts?|restrictions|guardrails?|programming)\b/i,
  ],
  [
    "role change",
    /\byou are now\b|\bfrom now on,? you\b|\bnew (instructions|rules|persona)\b|\byour new (role|task|instructions)\b/i,
  ],
  [
    "system prompt",
    /\b(system|developer|hidden|initial) (prompt|message|instructions?)\b|\breveal (your|the) (prompt|instructions|rules)\b/i,
  ],
  [
    "privilege",
    /\b(act|acting|behave|respond|speak) as (an? |the )?(admin|administrator|root|developer|system|superuser|manager|staff|supervisor)\b|\b(admin|developer|god|debug|sudo) mode\b|\bsudo\b|\bi am (the |an? )?(admin|administrator|developer|owner of this (store|shop))\b/i,
  ],
  ["jailbreak", /\bDAN\b/],
  [
    "jailbreak",
    /\b(jailbreak|do anything now|pretend (you are|to be|you're)|role-?play as|roleplay|let'?s play a game where you|simulate (an? )?(unrestricted|unfiltered))\b/i,
  ],
  [
    "mass action",
    /\b(refund|credit|give me)\b.{0,20}\b(everything|all (the |my |of the )?orders|every order|all of (them|it)|unlimited)\b/i,
  ],
  [
    "markup",
    /<\|?(im_start|system|endoftext)\|?>|^\s*#{2,}\s*(system|instructions)|\[\/?(INST|SYS)\]/im,
  ],
];

function base64Payload(text: string): boolean {
  for (const m of text.matchAll(/[A-Za-z0-9+/]{32,}={0,2}/g)) {
    const s = m[0];
    if (!/[a-z]/.test(s) || !/[A-Z]/.test(s) || !/\d/.test(s)) continue;
    try {
      const decoded = atob(s.slice(0, s.length - (s.length % 4)));
      const printable = decoded.replace(/[^\x20-\x7e]/g, "").length / Math.max(1, decoded.length);
      if (printable > 0.9) return true;
    } catch {
      // Not base64 after all.
    }
  }
  return false;
}

/** The kinds of injection found in a customer's message (empty when none). */
export function detectInjection(text: string): string[] {
  const found = new Set(PATTERNS.filter(([, re]) => re.test(text)).map(([name]) => name));
  if (base64Payload(text)) found.add("encoded payload");
  return [...found];
}

const ACTIONISH =
  /\b(i can|i'?ll|i will|i'?ve|i have|we'?ll|we will|we can|shall i|reply yes|confirm|go ahead|done|refund\w*|cancel\w*|credit|compensat\w*|upgrade|expedit\w*|investigation|supervisor|instructions?|rules|admin|prompt)\b/i;

/** The decline that replaces what an injected message asked for. */
export const INJECTION_DECLINE =
  "I can't follow instructions that ask me to change how I work, so nothing on your account has been changed.";

/** When the customer's message tries an injection: keep the reply's plain facts, decline the rest. */
export const injectionCheck: Check = ({ text, msg }) => {
  const kinds = detectInjection(msg.payload.customer_message.text);
  if (kinds.length === 0) return { text, issues: [] };
  const kept = splitSentences(text).filter((s) => !ACTIONISH.test(s));
  const out = joinSentences([
    ...kept,
    INJECTION_DECLINE,
    "I'm happy to help with your orders within the store's usual policies — what would you like to do?",
  ]);
  return {
    text: out,
    issues: [
      fixed(
        "injection",
        `Customer message tries ${kinds.join(", ")}: no action, reply limited to facts`,
      ),
    ],
  };
};
