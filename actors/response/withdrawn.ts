/**
 * The reply to a turn that withdraws the request for a person ("never mind, I sorted it",
 * "cancel the request for a human"): said alone, that it is withdrawn and how to ask again;
 * beside a question, the answer led by one line that it is withdrawn.
 */
import { type Draft, draft, type TurnView } from "./view.ts";
import { saysThanks } from "./closing.ts";
import { asksAssistantInstead } from "../../domain/called_off.ts";
import { asksWhatYouDoIn } from "../../domain/assistant_asked.ts";
import { CAN_DO } from "./about_me.ts";

/** The withdrawal said alone, in the languages our colleagues speak. */
const ALONE_ELSEWHERE: Record<string, string> = {
  fr: "C'est noté : j'ai annulé votre demande de mise en relation. Si vous avez besoin " +
    "d'autre chose, écrivez-moi ici.",
  es: "Entendido: he retirado tu solicitud de hablar con una persona. Si necesitas algo más, " +
    "escríbeme aquí.",
  de: "In Ordnung: Ich habe Ihre Anfrage nach einem Mitarbeiter zurückgezogen. Wenn Sie noch " +
    "etwas brauchen, schreiben Sie mir einfach hier.",
};

/** The line that says the request for a person is withdrawn. */
function withdrawnLine(v: TurnView): string {
  // "Ok, English is fine" after being passed to a colleague who speaks their language.
  if (/\benglish\b/i.test(v.text) && /\bwrites in\b/i.test(v.withdrawal?.reason ?? "")) {
    return "We'll carry on in English, so you won't need to wait for a colleague who speaks " +
      "your language.";
  }
  return v.language === "en"
    ? "I've withdrawn your request for a person, so nobody from our team will pick this up."
    : "I've withdrawn your request for a person.";
}

/** The reply to a turn that withdraws the handoff and asks nothing more; null otherwise. */
export function withdrawnAlone(v: TurnView): Draft | null {
  if (!v.withdrawal?.alone) return null;
  const elsewhere = ALONE_ELSEWHERE[v.language ?? "en"];
  if (elsewhere) return draft("handoff_withdrawn", "friendly", [elsewhere]);
  const name = v.name ? `, ${v.name}` : "";
  if (asksAssistantInstead(v.text)) {
    return draft("handoff_withdrawn", "friendly", [
      `Of course${name}. I've withdrawn your request for a person, so I'll take care of it here.`,
      "Tell me what you'd like done — a refund, a return, a change to an order — and with which " +
      "order, and I'll set it up.",
    ]);
  }
  // "Never mind, just tell me what you can do": what the assistant can do, with the withdrawal.
  if (asksWhatYouDoIn(v.text)) {
    return draft("handoff_withdrawn", "friendly", [
      `Of course${name}. I've withdrawn your request for a person, so I'll help you here.`,
      CAN_DO,
      "What would you like to start with?",
    ]);
  }
  const sorted = /\b(?:sorted|fixed|resolved|figured|worked it out|found it|got it working)\b/i
    .test(v.text);
  return draft("handoff_withdrawn", "friendly", [
    sorted
      ? `Glad you're sorted${name}.`
      : saysThanks(v.text)
      ? `You're welcome${name}.`
      : `No problem${name}.`,
    withdrawnLine(v),
    "If you need anything else — or want a person after all — just say so here.",
  ]);
}

/** The answer to what else the turn asks, led by the withdrawal; the draft as it is otherwise. */
export function withWithdrawal(v: TurnView, d: Draft): Draft {
  if (!v.withdrawal || v.withdrawal.alone || d.template === "handoff_withdrawn") return d;
  return { ...d, text: `${withdrawnLine(v)}\n\n${d.text}` };
}
