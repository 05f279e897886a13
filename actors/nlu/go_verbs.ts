/**
 * Verbs that set any waiting change going, whatever its kind: "ok go ahead and start it",
 * "yes set it up", "sure, process it". Beside a yes they restate the change as its own
 * words do (`RESTATING` in `restating_words.ts`); beside a no they are what is refused.
 */
export const GO_VERBS: readonly string[] = [
  "start",
  "get started",
  "get it started",
  "set up",
  "set it up",
  "process",
  "process it",
  "initiate",
  "begin",
  "arrange",
  "submit",
  "put through",
  "put it through",
  "kick off",
  "sort",
  "sort it",
  "sort it out",
];
