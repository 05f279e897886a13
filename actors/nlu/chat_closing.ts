/**
 * A goodbye in chat words and nothing else ("cya", "fine bye"): read as small talk. The words
 * live in `domain/goodbye.ts`, which the decision router reads too.
 */
export { onlyGoodbye } from "../../domain/goodbye.ts";
