/**
 * Talk about the chat itself, not about the store: "can you repeat that?", "what?", "huh?",
 * a lone "?" (say it again); "sorry wrong chat", "oops that wasn't meant for you" (a message
 * sent here by mistake); "you already told me that" (we repeated ourselves); "that's not
 * what I asked" (we misread them); "anyone there?", "testing 123" (is this chat on). Each had been read as a request of the store's: "can you
 * repeat that?" as the ways to pay, "sorry wrong chat" as a complaint (a VIP was handed
 * over), "that's not what I asked" as a no. Pure.
 */

/** What a message says about the chat. */
export type ChatTalk = "repeat" | "wrong_chat" | "told_already" | "not_asked" | "presence";

/** "Anyone there?", "is anyone actually reading this", "is this working", "test", "testing 123". */
const PRESENCE =
  /^(?:(?:hello+|hi+|hey+|um+|so)[\s,.?!]+)*(?:(?:is |are )?(?:any ?one|any ?body|some ?one|some ?body) (?:actually |even |still )?(?:there|here|around|reading (?:this|these|my messages)|listening|awake)|(?:is )?this (?:thing )?(?:on|working)|(?:are )?(?:you|u) (?:still )?(?:there|around|awake)|(?:just )?test(?:ing)?(?: \d+)*|(?:can|does) (?:you|u|anyone|anybody) (?:hear|see|read) (?:me|this))[\s?!.]*$/i;

/** Leading words that leave the message as it is: "sorry", "um", "wait". */
const LEAD = "(?:(?:sorry|soz|um+|uh+|erm+|hmm+|wait|ok(?:ay)?|so|and|but|i'?m sorry)[\\s,.!]+)*";

/** "Can you repeat that?", "what?", "huh?", "come again?", "say that again", "?". */
const REPEAT = new RegExp(
  `^${LEAD}(?:` + [
    "\\?+",
    "(?:what|wut|wat|wot|wha|huh|eh|pardon(?: me)?|sorry|excuse me|come again|say again)",
    "(?:(?:can|could|would) (?:you|u) )?(?:please |pls )?(?:repeat|say|send|tell me)(?: (?:that|it|this|what you said|your (?:last )?(?:message|answer|reply)))?(?: again| one more time| once more)?(?: please| pls)?",
    "(?:please |pls )?repeat(?: that| it)?(?: please| pls)?",
    "what (?:did|was) (?:you|u) (?:just )?(?:say|said|write|wrote)",
    "what was that",
    "(?:i )?(?:didn'?t|did not|don'?t|do not) (?:get|understand|follow|catch)(?: that| it| you| what you (?:said|meant))?",
    "(?:what do|wdym|what d'?you) (?:you |u )?mean",
    "what does that (?:mean|even mean)",
  ].join("|") + `)(?:[\\s,]+(?:sorry|please|pls))?[\\s?!.]*$`,
  "i",
);

/** "Sorry wrong chat", "oops, wrong window", "that wasn't meant for you", "ignore that". */
const WRONG_CHAT = new RegExp(
  `^(?:(?:oops|whoops|oh|ah|lol|haha+|omg|sorry|soz|my bad|my mistake|ignore (?:that|this|me|my last (?:message|msg)))[\\s,.!-]+)*` +
    "(?:(?:(?:sent|typed|wrote|posted) (?:that|this|it) (?:in|to|into) (?:the )?)?wrong (?:chat|window|tab|person|convo|conversation|thread|box|app|number)|" +
    "(?:that|this|it) (?:wasn'?t|was not|isn'?t|is not) (?:meant |supposed to be )?(?:for you|for this chat|for here|meant for you)|" +
    "(?:not|wasn'?t) (?:meant|supposed to be) for (?:you|this chat|here)|" +
    "(?:please )?(?:ignore|disregard) (?:that|this|me|my (?:last )?(?:message|msg)))" +
    "(?:[\\s,.!-]+(?:sorry|soz|lol|haha+|oops|my bad|ignore (?:that|me)|please ignore))*[\\s.!😅🙈🤦‍♀️🤦‍♂️🤦]*$",
  "iu",
);

/** "You already told me that", "you just said that", "you're repeating yourself". */
const TOLD_ALREADY =
  /^(?:(?:yes|yeah|ok(?:ay)?|um+|but|so|ugh|i know)[\s,.!]+)*(?:you(?:'ve| have)? (?:already|just) (?:told|said|sent|showed|gave|explained)(?: me)?(?: that| this| it)?(?: already| before)?|you (?:told|said) (?:me )?(?:that|this|it) (?:already|before)|you'?re repeating yourself|you keep (?:saying|repeating) (?:that|the same thing)|(?:that'?s|thats) the same (?:answer|thing|reply)(?: (?:again|as before))?|i know(?: that)?(?: already)?)(?: (?:already|before|earlier|yesterday|last time|twice|(?:two|three) times|like \w+ times))*[\s,.!?]*$/i;

/** "That's not what I asked", "you didn't answer my question", "no, I meant…". */
const NOT_ASKED =
  /^(?:(?:no+|nope|um+|erm+|hmm+|ugh|sorry|but|well)[\s,.!]+)*(?:(?:that'?s|thats|that is|this is|it'?s) not (?:what i (?:asked|meant|said|wanted|was asking|asked for|asked about)|my question|what i'?m asking|an answer to my question)|(?:that|this) (?:doesn'?t|does not|didn'?t|did not) answer my question|you (?:didn'?t|did not|haven'?t|have not) answer(?:ed)? my question|not what i (?:asked|meant)|you (?:misunderstood|misread|got it wrong)(?: me)?|i (?:didn'?t|did not) ask (?:that|about that|for that|you that))/i;

/** What the message says about the chat, or null when it says something else. */
export function chatTalk(text: string): ChatTalk | null {
  const t = text.trim().replace(/[‘’]/g, "'");
  // "That's not what I asked, I asked about apple pay": the question said again is read.
  if (NOT_ASKED.test(t)) return askedInstead(t) === null ? "not_asked" : null;
  if (t === "" || t.split(/\s+/).length > 12) return null;
  if (TOLD_ALREADY.test(t)) return "told_already";
  if (WRONG_CHAT.test(t)) return "wrong_chat";
  // "Sorry." alone is their apology; "sorry?" asks it again.
  if (REPEAT.test(t) && !/^(?:i'?m )?sorry[\s.!]*$/i.test(t)) return "repeat";
  if (PRESENCE.test(t)) return "presence";
  return null;
}

/**
 * What follows "that's not what I asked" when the customer says it again ("that's not what
 * I asked, I asked about apple pay" → "apple pay"); null when nothing follows or the message
 * is no such correction.
 */
export function askedInstead(text: string): string | null {
  const t = text.trim().replace(/[‘’]/g, "'");
  const m = t.match(NOT_ASKED);
  if (!m) return null;
  const rest = t.slice(m[0].length)
    .replace(/^[\s,.;:!?—–-]+/, "")
    .replace(
      /^(?:(?:i|i'?d) (?:asked|was asking|wanted to know|want to know|meant|mean|need to know)|my question (?:is|was)|what i (?:asked|meant|want(?:ed)?) (?:was|is))(?: you)?[\s,:]*(?:about |for |is |if |whether |was )?/i,
      "",
    )
    .trim();
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2 ? rest : null;
}

/** Whether two messages are the same but for case, spaces and end marks (a message sent twice). */
export function sameMessage(text: string, before: string | null | undefined): boolean {
  if (!before) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[\s.!?]+/g, " ").trim();
  return norm(text) !== "" && norm(text) === norm(before);
}
