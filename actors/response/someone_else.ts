/**
 * "Show me emma's orders": a signed-in customer asks about somebody else's orders or
 * account. The reply gives the privacy rule and nothing of that person — not even whether
 * they are a customer (`domain/someone_else.ts`); a guest saying the order is a friend's is
 * told the same rule and what the person who ordered can do.
 */
import {
  asksAboutSomeoneElse,
  OTHER_PERSONS_ORDER,
  saysOrderIsAnothers,
} from "../../domain/someone_else.ts";
import { opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The privacy answer, or null when the message is about the customer's own orders. */
export function someoneElsesReply(v: TurnView, tone: Tone): Draft | null {
  const c = v.context;
  if (v.guest || !c?.customer) return guestAsksForAnother(v, tone);
  // "It's my wife's order" naming none: the order found is only our guess from the
  // conversation, and the one they mean is not theirs to see.
  // (The entities' order ids carry the conversation's order; the words are what was named.)
  // "Oh wait thats my husband's account. nvm. where are my headphones": the words after the
  // turn-back are what the intent actor read (its one request); the slip before asks nothing.
  const meant = v.requests?.length === 1 ? v.requests[0].text : v.text;
  const named = (v.entities.order_refs?.length ?? 0) > 0 || /\d{3,}/.test(meant);
  const anothers = !named && saysOrderIsAnothers(meant);
  // One of their own orders named: the order's own reply (a not-found says the rule too).
  if (
    !anothers &&
    (
      c.order_lookup === "found" || c.order_lookup === "not_found" || c.order_lookup === "not_yours"
    )
  ) {
    return null;
  }
  if (!anothers && !asksAboutSomeoneElse(meant, { email: c.customer.email, firstName: v.name })) {
    return null;
  }
  return draft("privacy_other_customer", tone, [
    opener(v, tone),
    "I can only look at and change orders on the account you're signed in with, so I can't " +
    "show or change anything of another person's account.",
    "They can contact us signed in with their own email address, and I'll gladly help them " +
    "there. Is there anything about your own orders I can do?",
  ]);
}

/**
 * A guest asking for the person who ordered: "i'm emma's husband", "she asked me to check",
 * "on behalf of my mum" — a relation claimed is no sign-in.
 */
const ON_BEHALF =
  /\b(?:i'?m|i am|im)\s+(?:[a-z]+['’]s|her|his|their)\s+(?:husband|wife|partner|spouse|son|daughter|mum|mom|mother|dad|father|brother|sister|friend|assistant|colleague|boyfriend|girlfriend)\b|\b(?:she|he|they)\s+asked\s+me\s+to\s+(?:check|look|find|ask|track|sort|cancel|chase)\b|\bon\s+behalf\s+of\b/i;

/**
 * A guest saying the order is somebody else's ("its my friends order"): the same rule, and
 * what the person who ordered can do — not a choice between tracking and changing an order.
 */
function guestAsksForAnother(v: TurnView, tone: Tone): Draft | null {
  const another = OTHER_PERSONS_ORDER.test(v.text) || ON_BEHALF.test(v.text);
  if (!another || v.context?.order_lookup === "found") return null;
  return draft("privacy_guest_other_person", tone, [
    "I can only share an order's details with the person who placed it, once they've signed in " +
    "here with the email address they ordered with — so I can't look up someone else's order " +
    "for you.",
    "The shipping confirmation email they got has a tracking link they can pass on to you, or " +
    "they can contact us themselves and I'll gladly help them. Is there anything else I can do " +
    "for you?",
  ]);
}
