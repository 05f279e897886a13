/**
 * The default reply for an action's outcome, used when no renderer is passed in (the
 * response actor's outcome templates replace it). Plain sentences built only from the
 * result, so nothing is stated that the store did not say.
 */
import type { ActionResult, Message } from "../../shared/protocol.ts";

/** Turns one action result into a reply sentence or two. */
export type OutcomeRenderer = (result: ActionResult, msg: Message) => string;

/** The default outcome text: what was done, refused, declined or expired, and what follows. */
export function defaultRenderOutcome(result: ActionResult): string {
  const detail = sentence(result.detail);
  switch (result.status) {
    case "done":
      return [
        detail,
        ...extras(result.data).filter((e) => !detail.includes(e.fact)).map((e) => e.text),
      ].join(" ");
    case "refused":
      return /^Cannot /.test(detail)
        ? detail.replace(/^Cannot /, "I could not ")
        : `I could not do that: ${lower(detail)}`;
    case "declined":
      return `Okay, I have not changed anything. ${detail}`;
    case "expired":
      return `${detail} Just ask again if you still want it.`;
    case "proposed":
      return `${detail} Shall I go ahead? Reply yes to confirm or no to cancel.`;
    case "failed":
      return `${detail} A colleague will look into it and get back to you.`;
  }
}

/** A sentence to add, unless the store's detail already states its fact. */
interface Extra {
  fact: string;
  text: string;
}

function extras(data: Record<string, unknown>): Extra[] {
  const out: Extra[] = [];
  const add = (fact: string, text: string) => out.push({ fact, text });
  const refund = data.refund as
    | { amount?: number; currency?: string; expected_by?: string }
    | undefined;
  if (refund?.expected_by) {
    const day = refund.expected_by.slice(0, 10);
    add(day, `The money should be back by ${day}.`);
  }
  const ret = data.return_request as { label_url?: string } | undefined;
  if (ret?.label_url) add(ret.label_url, `Your return label: ${ret.label_url}`);
  const fee = data.fee as { amount?: number; currency?: string; waived?: boolean } | undefined;
  if (fee && typeof fee.amount === "number") {
    add(
      "fee",
      fee.waived || fee.amount === 0
        ? "There is no fee for this."
        : `A fee of ${fee.amount.toFixed(2)} ${fee.currency ?? ""} applies.`.replace(" .", "."),
    );
  }
  const inv = data.investigation as { expected_resolution_at?: string } | undefined;
  if (inv?.expected_resolution_at) {
    const day = inv.expected_resolution_at.slice(0, 10);
    add(day, `We expect an answer from the carrier by ${day}.`);
  }
  const cb = data.callback as { scheduled_for?: string } | undefined;
  if (cb?.scheduled_for) {
    const at = cb.scheduled_for.slice(0, 16).replace("T", " ");
    add(at, `We will call you on ${at} UTC.`);
  }
  return out;
}

function lower(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}

function sentence(s: string): string {
  const t = s.trim();
  if (t === "") return t;
  const first = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
