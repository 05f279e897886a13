/**
 * What the templates read from a message (the turn's view) and what they return (a
 * draft reply), plus the helpers every template shares.
 */
import { readText, spellingsOf } from "./as_read.ts";
import type {
  ActionType,
  AskedFor,
  ConfirmationReply,
  ContextEnrichment,
  DecisionEnrichment,
  DeferredRequest,
  Dialogue,
  DoneChange,
  Entities,
  Intent,
  IntentRequest,
  Message,
  OpenHandoff,
  OrderView,
  PendingAction,
  ProposedAction,
  ResponseEnrichment,
  SentimentEnrichment,
  Tier,
  TrackingView,
} from "../../shared/protocol.ts";
import { firstName } from "../../domain/format.ts";
import { mildQuestion } from "../../domain/mild_question.ts";
import { mildAnswer } from "../../domain/dialogue.ts";
import { deferredPicked, deferredTakenUp } from "../../domain/deferred.ts";
import { deferredLetGo } from "../../domain/let_go.ts";
import { pick } from "./variants.ts";

/** The tone of a reply. */
export type Tone = ResponseEnrichment["tone"];

/** A reply as a template (or the LLM) drafts it. */
export interface Draft {
  text: string;
  tone: Tone;
  proposed_actions: ProposedAction[];
  /** Name of the template, for the audit trail (null for an LLM reply). */
  template: string | null;
  /** What the reply asks the customer for: their next message is read as the answer. */
  asks?: AskedFor;
  /** Changes put off until the one proposed here is settled (`domain/deferred.ts`). */
  deferred?: DeferredRequest[];
}

/** The parts of a message the templates read. */
export interface TurnView {
  msgId: string;
  text: string;
  /** Misspelt words as the intent actor read them (typo → word), for `asRead`. */
  spellings?: Readonly<Record<string, string>>;
  intent: Intent;
  /** Runner-up intents, for clarifying questions. */
  alternatives: Intent[];
  entities: Entities;
  sentiment: SentimentEnrichment | null;
  context: ContextEnrichment | null;
  decision: DecisionEnrichment | null;
  pending: PendingAction | null;
  /** How the message reads as the answer to `pending`; null when nothing was pending. */
  confirmation: ConfirmationReply | null;
  /** True when the message took the pending change back by naming another order. */
  withdrawn: boolean;
  now: Date;
  name: string | null;
  tier: Tier | null;
  guest: boolean;
  /** False when the route has no execution step: changes cannot be proposed this turn. */
  canAct: boolean;
  /** True when the context could not reach the orders or tracking service (its notes say). */
  lookupFailed: boolean;
  /** True on the conversation's first turn: the only one that greets. */
  firstTurn: boolean;
  /** The conversation's open handoff: a person is on the way. */
  openHandoff: OpenHandoff | null;
  /** The open handoff this turn withdraws ("never mind, I sorted it"), if it does. */
  withdrawal: { id: string; alone: boolean; reason?: string } | null;
  /** Its place in the agents' queue (1 is next), when known. */
  queuePlace: number | null;
  /** The message's requests when it makes several (`actors/nlu/requests.ts`). */
  requests?: IntentRequest[];
  /** The orders one change is asked of together, in each order's own draft (`each_order.ts`). */
  alongside?: readonly string[];
  /** The language the customer wrote in (ISO 639-1); English when absent. */
  language?: string;
  /** Requests of earlier turns still waiting for an answer (the dialogue state's). */
  unanswered?: Intent[];
  /**
   * What the turn before told about: its request about an order and that order (the
   * dialogue state's topic and focus) or the products it looked up, so a reply does not
   * tell it all again.
   */
  told?: {
    topic: Intent | null;
    order_id: string | null;
    products?: string[];
  };
  /** A guest was sent a one-time sign-in code and has not typed it yet. */
  signInCodeSent?: boolean;
  /** The change put off earlier that this turn's yes takes up (or picks), if any. */
  takenUp?: DeferredRequest | null;
  /** A change asked beside the one waiting ("oh and add a bottle too"), kept for after it. */
  added?: DeferredRequest | null;
  /** A change put off that this turn lets go by name ("forget the headphones"), if any. */
  letGo?: DeferredRequest | null;
  /** What our reply before asked for (an address, items, a choice), still unanswered. */
  asked?: AskedFor | null;
  /** The last change carried out in the conversation, if any. */
  done?: DoneChange | null;
  /** The intent of the turn before, if any. */
  lastIntent?: Intent | null;
  /** The place last asked about for shipping, while shipping stays the topic. */
  place?: string | null;
  /** The FAQ entry our last reply answered from ("do they expire?" asks on about it). */
  faq?: string | null;
  /** The store's rule our last reply answered about ("returns"): "even after 30 days?" asks on. */
  rule?: string | null;
  /** The way to pay last asked about ("paypal"), while paying stays the topic. */
  payment?: string | null;
  /** The orders the conversation mentioned, oldest first (the dialogue state's last five). */
  mentioned?: string[];
  /** The order the turn before could not find on the account (the dialogue state's). */
  missingBefore?: string | null;
  /** What the customer told us earlier went wrong with an order's goods, not yet settled. */
  reported?: Dialogue["reported"];
  /** The customer's message before this one, and our reply to it ("can you repeat that?"). */
  said?: string | null;
  replied?: string | null;
}

const NO_ENTITIES: Entities = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};

/** Reads the view of a message at `now`. */
export function viewOf(msg: Message, now: Date): TurnView {
  const p = msg.payload;
  const customer = p.context?.customer ?? null;
  return {
    msgId: msg.id,
    // "i want to add anothr water bottle": the words as read, so a reply looking for
    // "another" finds it as it would in the clean wording.
    text: readText(p.customer_message.text, p.intent?.read_as),
    spellings: spellingsOf(p.customer_message.text, p.intent?.read_as),
    intent: p.intent?.intent ?? "other",
    alternatives: (p.intent?.alternatives ?? []).map((a) => a.intent),
    entities: p.intent?.entities ?? NO_ENTITIES,
    // "Nah, make it a replacement" answers us: its "no" sets no apologetic tone; nor does a
    // plain question read faintly negative ("actually one more thing, where is ORD-3002").
    sentiment: p.sentiment && (mildAnswer(msg) || mildQuestion(msg))
      ? { ...p.sentiment, label: "neutral" }
      : p.sentiment ?? null,
    context: p.context ?? null,
    decision: p.decision ?? null,
    // A yes besides a question: the question is answered, the change done after it.
    pending: p.intent?.confirms_pending ? null : msg.session.pending_action,
    confirmation: p.intent?.confirmation ?? null,
    withdrawn: p.intent?.withdraws_pending ?? false,
    now,
    name: firstName(customer?.name),
    tier: customer?.tier ?? null,
    guest: !customer || (p.context?.guest ?? true),
    canAct: p.decision ? p.decision.include_execution : true,
    lookupFailed: (p.context?.notes ?? []).some((n) =>
      /\b(orders|tracking) service unavailable/.test(n)
    ),
    firstTurn: msg.session.turn === 0,
    // A handoff withdrawn this turn is over: the reply says so, and nothing more of it.
    openHandoff: p.decision?.withdraws_handoff ? null : msg.session.open_handoff,
    withdrawal: p.decision?.withdraws_handoff
      ? {
        id: p.decision.withdraws_handoff.id,
        alone: p.decision.withdraws_handoff.alone,
        reason: msg.session.open_handoff?.reason,
      }
      : null,
    queuePlace: null,
    requests: p.intent?.requests,
    language: p.intent?.language ?? "en",
    unanswered: msg.session.dialogue?.unanswered ?? [],
    told: {
      topic: msg.session.dialogue?.topic ?? null,
      order_id: msg.session.dialogue?.focus?.order_id ?? null,
      products: msg.session.dialogue?.products ?? [],
    },
    signInCodeSent: msg.session.sign_in_code_sent ?? false,
    // A yes to the change put off, or the change put off picked over the one waiting.
    takenUp: deferredTakenUp(msg) ?? deferredPicked(msg),
    added: p.intent?.confirmation === "unclear" ? p.intent.after_yes ?? null : null,
    letGo: deferredLetGo(
      p.customer_message.text,
      msg.session.pending_action ?? null,
      msg.session.dialogue?.deferred ?? [],
    ),
    asked: msg.session.dialogue?.asked ?? null,
    done: msg.session.dialogue?.done ?? null,
    lastIntent: msg.session.last_intent ?? null,
    place: msg.session.dialogue?.place ?? null,
    payment: msg.session.dialogue?.payment ?? null,
    faq: msg.session.dialogue?.faq ?? null,
    rule: msg.session.dialogue?.rule ?? null,
    mentioned: msg.session.dialogue?.mentioned ?? [],
    missingBefore: msg.session.dialogue?.missing_order ?? null,
    reported: msg.session.dialogue?.reported ?? null,
    said: msg.session.dialogue?.said ?? null,
    replied: msg.session.dialogue?.replied ?? null,
  };
}

/** Actions that only read; every other action changes something and needs a yes first. */
export const LOOKUP_ACTIONS: ReadonlySet<ActionType> = new Set<ActionType>([
  "order_status",
  "tracking_info",
  "refund_status",
  // The label of a return already open, sent again: it changes nothing.
  "return_label",
]);

/** A proposed action; changes require the customer's confirmation, look-ups do not. */
export function propose(
  type: ActionType,
  orderId: string | null,
  params: Record<string, unknown> = {},
): ProposedAction {
  return { type, order_id: orderId, params, requires_confirmation: !LOOKUP_ACTIONS.has(type) };
}

/** Picks one phrasing for this message. */
export function say(v: TurnView, salt: string, options: readonly string[]): string {
  return pick(options, v.msgId, salt);
}

/** The order a turn is about, as far as the context tells. */
export type OrderRef =
  | { kind: "found"; order: OrderView; tracking: TrackingView | null; assumed: boolean }
  | { kind: "missing"; id: string | null }
  | {
    kind: "none";
    candidates: OrderView[];
    all: OrderView[];
    /** The orders an ambiguous reference fits, when none of them fits the intent. */
    unfit?: OrderView[];
  };

/**
 * Resolves the order in question. With none named, the only order that `fits` is taken
 * (and said so); several are listed for the customer to choose.
 */
export function resolveOrder(
  v: TurnView,
  fits: (o: OrderView) => boolean = () => true,
  /** Whether an ambiguous reference is narrowed to the orders that fit (changes). */
  narrow = false,
): OrderRef {
  const c = v.context;
  if (!c) return { kind: "none", candidates: [], all: [] };
  if (c.order_lookup === "found" && c.order) {
    return { kind: "found", order: c.order, tracking: trackingOf(c, c.order), assumed: false };
  }
  if (c.order_lookup === "not_found" || c.order_lookup === "not_yours") {
    return { kind: "missing", id: v.entities.order_ids[0] ?? null };
  }
  if (c.order_lookup === "ambiguous" && (c.candidates?.length ?? 0) > 1) {
    // The reference fits several of their orders equally: the reply asks which, naming them.
    const fitting = (c.candidates ?? []).map((id) => c.orders.find((o) => o.id === id))
      .filter((o): o is OrderView => o !== undefined);
    // "Cancel the other one": of the orders it may mean, only those the change fits.
    const able = narrow ? fitting.filter(fits) : fitting;
    if (fitting.length > 1 && able.length === 1) {
      return { kind: "found", order: able[0], tracking: trackingOf(c, able[0]), assumed: true };
    }
    if (fitting.length > 1 && able.length === 0) {
      return { kind: "none", candidates: [], all: c.orders, unfit: fitting };
    }
    if (fitting.length > 1) return { kind: "none", candidates: able, all: c.orders };
  }
  const candidates = c.orders.filter(fits);
  if (candidates.length === 1) {
    const order = candidates[0];
    return { kind: "found", order, tracking: trackingOf(c, order), assumed: true };
  }
  return { kind: "none", candidates, all: c.orders };
}

function trackingOf(c: ContextEnrichment, order: OrderView): TrackingView | null {
  const t = c.tracking;
  return t && order.tracking_number && t.number === order.tracking_number ? t : null;
}

/** The context's tracking when it is the parcel of `order`, else null. */
export function trackingFor(v: TurnView, order: OrderView): TrackingView | null {
  return v.context ? trackingOf(v.context, order) : null;
}

/** A paragraph break between the sentences of a draft. */
export const PARAGRAPH = "\n\n";

/** A sentence that starts what happens next: an offer, a way forward. */
const NEXT_STEP =
  /^(I can|I'll|I've|We can|We'll|If you|If they|If it|Since|Once|It's worth|You can|Just tell|Do you|To )/;
/** The closing question or confirmation prompt. */
const ASKS = /\?$|^(Reply yes|Shall I|Would you like me|Just tell me if)/;
/** An opening that only greets or sympathises (no facts). */
const OPENING =
  /^(hi|hello|hey|dear)\b|^(i'm|i am) sorry|^sorry\b|^i (sincerely )?apologi|^i understand|^i can see this|^let's get|^please accept/i;

/**
 * Lays sentences out in short paragraphs — what is, what happens next, the question — so a
 * reply reads at a glance. Explicit `PARAGRAPH` marks are kept as given.
 */
export function layout(sentences: readonly string[]): string {
  const parts = [...sentences];
  if (!parts.includes(PARAGRAPH) && parts.length >= 3) {
    const last = parts.length - 1;
    const marks = new Set<number>();
    if (ASKS.test(parts[last]) && parts.slice(0, last).some((s) => !OPENING.test(s))) {
      marks.add(last);
    }
    for (let i = 1; i < last; i++) {
      if (NEXT_STEP.test(parts[i]) && parts.slice(0, i).some((s) => !OPENING.test(s))) {
        marks.add(i);
        break;
      }
    }
    for (const i of [...marks].sort((a, b) => b - a)) parts.splice(i, 0, PARAGRAPH);
  }
  let out = "";
  for (const s of parts) {
    if (s === PARAGRAPH) {
      if (out !== "" && !out.endsWith(PARAGRAPH)) out += PARAGRAPH;
    } else out += out === "" || out.endsWith(PARAGRAPH) ? s : ` ${s}`;
  }
  return out.endsWith(PARAGRAPH) ? out.slice(0, -PARAGRAPH.length) : out;
}

/** A draft from sentences, dropping empty ones, laid out in short paragraphs. */
export function draft(
  template: string,
  tone: Tone,
  sentences: readonly (string | null | undefined | false)[],
  actions: ProposedAction[] = [],
): Draft {
  const text = layout(
    sentences.filter((s): s is string => typeof s === "string" && s.length > 0),
  );
  return { text, tone, proposed_actions: actions, template };
}

/** The draft, noting what it asks the customer for (the dialogue state keeps it a turn). */
export function asking(d: Draft, asks: AskedFor): Draft {
  return { ...d, asks };
}
