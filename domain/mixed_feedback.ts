/**
 * Mixed feedback: praise, then a let-down already past, with nothing asked or still wrong
 * ("the mixer is great but delivery was a nightmare", "great keyboard, shame the delivery was
 * a nightmare"). The sentiment reads it (never positive), the intent reads it as feedback and
 * the reply thanks for the one and owns the other — in the whole message or in a part. Pure.
 */
import { goodsUnlike } from "./goods_unlike.ts";

/** Praise of the goods or of us, before a "but". */
const PRAISE =
  /\b(?:great|love|loved|amazing|awesome|fantastic|perfect|excellent|good|nice|happy with|brilliant|lovely|gorgeous|works? (?:great|perfectly|fine)|(?:is|are|was|'s) (?:straight |pure |absolute )?(?:fire|a banger|a beast|a dream)|slaps|obsessed)\b|(?:is|are|was|'s)\s*(?:🔥|😍|💯|❤️?|👌|🤩)/iu;
/** Words of a let-down told after it: the experience, not goods that came wrong. */
const LET_DOWN =
  /\b(?:nightmare|terrible|awful|horrible|horrendous|slow|took (?:forever|ages|so long|too long)|a pain|a mess|disaster|disappointing|annoying|frustrating|meh|not great|could (?:have been|be) better|bad|poor|sucked|rubbish|late|rude|unhelpful|careless|cheap|flimsy|feels? cheap|noisy|too loud|loud|fiddly|scratch(?:ed|es)?|smells?|ugly|uncomfortable|overpriced|small|tiny|weak)\b/i;
/** Trouble still to put right: with it, the message is a report, not mixed feedback. */
const UNRESOLVED =
  /\b(?:broken|broke|damaged|cracked|smashed|missing|wrong|lost|never (?:came|arrived|showed)|not (?:arrived|here|working)|hasn'?t (?:arrived|come)|still|refund|return|replace|cancel)\b/i;
/** The listing the goods are held against: "the photos", "the description", "the site". */
const LISTING =
  /\b(?:pictures?|photos?|pics?|images?|description|described|listing|website|site|advert\w*)\b/i;

/**
 * "Love the machine, hate the wait", "loved the mixer, not the delivery time": praise and
 * its opposite side by side, with no "but" between them.
 */
const LOVE_HATE =
  /^(?:i\s+)?(?:love|loved|adore|like|liked|happy with)\b[^,;.!?]+[,;.]\s*(?:(?:but\s+)?(?:i\s+)?(?:hate|hated|not|didn'?t love|didn'?t like|could do without|less so)\b)(.+)$/i;

/** "…, but …": the turn from praise to a let-down. */
const CONTRAST =
  /^(.+?)\b(?:but|though|although|however|except|only|shame|pity|sadly|unfortunately)\b(.+)$/i;

/** "Five stars for the mixer, zero stars for the delivery": a review's split verdict. */
const STARS_SPLIT =
  /\b(?:5|five|10|ten|full)\s*(?:\/\s*(?:5|10)\s*)?(?:stars?|marks|points)?\s+for\b[^.!?]*?[,;.]?\s*\b(?:0|zero|1|one|no|minus \w+)\s*(?:\/\s*(?:5|10)\s*)?(?:stars?|marks|points)\s+for\b/i;

/**
 * "The mixer is great but delivery was a nightmare": praise, then a let-down already past,
 * with nothing asked or still wrong — mixed feedback, neither thanks alone nor anger.
 */
export function mixedFeedback(text: string): boolean {
  if (STARS_SPLIT.test(text) && !/\?/.test(text) && !UNRESOLVED.test(text)) return true;
  if (/\?/.test(text) || UNRESOLVED.test(text)) return false;
  if (LOVE_HATE.test(text.trim())) return true;
  const m = text.match(CONTRAST);
  if (!m) return false;
  return PRAISE.test(m[1]) && LET_DOWN.test(m[2]);
}

/** Lukewarm words of the goods: "is okay i guess", "decent, nothing special", "it's fine". */
const LUKEWARM =
  /\b(?:(?:is|are|was|were|'s|it'?s|its|they'?re)\s+(?:just\s+|only\s+|kinda\s+|pretty\s+)?(?:ok(?:ay)?|fine|alright|decent|average|mediocre|so-so)|nothing special|nothing to write home about|not (?:amazing|great|the best)|could be better|mid)\b/i;
/** What makes lukewarm words a verdict, not a yes: a let-down, a hedge, "nothing special". */
const VERDICT =
  /\b(?:i guess|i suppose|tbh|to be honest|honestly|nothing special|nothing to write home about|could be better|a bit|bit|kinda|slightly)\b/i;

/**
 * A lukewarm review of the goods ("the espresso machine is okay i guess. a bit loud", "the
 * headphones are decent, nothing special tbh"): neither praise nor a complaint, and nothing
 * asked or still wrong. The reply thanks for it and owns that it fell short.
 */
export function lukewarmReview(text: string): boolean {
  if (/\?/.test(text) || UNRESOLVED.test(text) || text.length > 160) return false;
  // "The machine is fine but the frother feels cheap, not like the photos": goods unlike
  // their listing are a return to offer, not a verdict to thank for.
  if (goodsUnlike(text) === "looks" && LISTING.test(text)) return false;
  return LUKEWARM.test(text) && (VERDICT.test(text) || LET_DOWN.test(text)) &&
    /\b(?:the|my|it|its|it'?s|they|this|these)\b/i.test(text);
}
