/**
 * Words that lead into the waiting change's own words, as a yes: "ok let's do the return",
 * "ok do the return now", "start the return", "go ahead with the cancellation". Alone, or
 * before anything but the change's words, they say nothing (the lexicon's `lead_in` rule), so
 * "let's do something else" is no yes. "Start" sets any change going on its own (`go_verbs.ts`).
 */
export const CHANGE_LEADS: readonly string[] = [
  "let's do",
  "lets do",
  "do",
  "go ahead with",
  "go on with",
  "proceed with",
  "carry on with",
];
