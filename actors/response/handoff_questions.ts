/**
 * A long email asks two questions the store's rules answer and one a person must take over
 * ("1. Do you ship to Canada? 2. How long do refunds take? 3. Is ORD-2002 still waiting for
 * payment?"): the handoff's reply answered only the third. The questions the rules answer
 * are answered in it too, before the person is announced, so nothing asked goes unanswered
 * while they wait. Only answers: anything that would propose a change is the person's.
 */
import type { Intent } from "../../shared/protocol.ts";
import { FAQ_INTENTS } from "../../domain/faq.ts";
import { requestView, unsaid } from "./multi.ts";
import type { Draft, Tone, TurnView } from "./view.ts";

/** Requests the store's rules answer without a person: information, never a change. */
const ANSWERED_ALONE: ReadonlySet<Intent> = new Set<Intent>(
  [...FAQ_INTENTS].filter((i) => i !== "feedback" && i !== "place_order"),
);

/** The closing offer an answer ends with: the handoff's reply has its own end. */
const CLOSING =
  /(?:^|\s)(?:Is there anything else[^.?!]*[.?!]|Anything else[^.?!]*[.?!]|Let me know if there's anything else[^.?!]*[.?!])\s*$/i;

/**
 * The handoff's reply with the answers to the questions the rules answer inserted before
 * the person is announced; `held` unchanged when there are none.
 */
export function handoffWithAnswers(
  v: TurnView,
  tone: Tone,
  held: Draft,
  render: (sub: TurnView, tone: Tone) => Draft,
): Draft {
  if (v.openHandoff || (v.requests?.length ?? 0) < 2) return held;
  const asked = (v.requests ?? []).filter((r) =>
    r.intent !== v.intent && ANSWERED_ALONE.has(r.intent)
  );
  const answers: string[] = [];
  for (const r of asked.slice(0, 2)) {
    const d = render(requestView(v, r.intent, r.text), tone);
    if (d.proposed_actions.length > 0 || d.template?.startsWith("handoff")) continue;
    // Without the apology the reply opened with, said once.
    const text = unsaid(d.text.replace(CLOSING, "").trim(), [held.text, ...answers]);
    if (text) answers.push(text);
  }
  if (answers.length === 0) return held;
  const paragraphs = held.text.split("\n\n");
  // The person announced is the last paragraph: the answers come before it.
  const last = paragraphs.pop()!;
  const text = [...paragraphs, ...answers, last].filter((p) => p.trim() !== "").join("\n\n");
  return { ...held, text, template: `${held.template}+answers` };
}
