/** Every conversation of the suite (tests/conversation_suite_test.ts). */
import { TALK43 } from "./talk43.ts";
import { TALK43_MORE } from "./talk43_more.ts";
import { TALK43_LONG } from "./talk43_long.ts";
import { TALK39 } from "./talk39.ts";
import { TALK39_MORE } from "./talk39_more.ts";
import { TALK39_LAST } from "./talk39_last.ts";
import { TALK37 } from "./talk37.ts";
import { TALK41 } from "./talk41.ts";
import { TALK41_MORE } from "./talk41_more.ts";
import { TALK40 } from "./talk40.ts";
import { TALK40_MORE } from "./talk40_more.ts";
import { TALK42 } from "./talk42.ts";
import { TALK42_MORE } from "./talk42_more.ts";
import { TALK46 } from "./talk46.ts";
import { TALK46_MORE } from "./talk46_more.ts";
import { TALK47 } from "./talk47.ts";
import { TALK47_MORE } from "./talk47_more.ts";
import { TALK50 } from "./talk50.ts";
import { TALK50_MORE } from "./talk50_more.ts";
import { TALK52 } from "./talk52.ts";
import { TALK52_MORE } from "./talk52_more.ts";
import { TALK54 } from "./talk54.ts";
import { TALK48 } from "./talk48.ts";
import { TALK48_MORE } from "./talk48_more.ts";
import { TALK51 } from "./talk51.ts";
import { TALK51_MORE } from "./talk51_more.ts";
import { TALK55 } from "./talk55.ts";
import { TALK55_MORE } from "./talk55_more.ts";
import { LEAD9 } from "./lead9.ts";
import { LEAD10 } from "./lead10.ts";
import { LEAD11 } from "./lead11.ts";
import { LEAD12 } from "./lead12.ts";
import { LEAD12_MORE } from "./lead12_more.ts";
import { TALK35 } from "./talk35.ts";
import { TALK38 } from "./talk38.ts";
import { TALK35_MORE } from "./talk35_more.ts";
import type { Conversation } from "./schema.ts";
import { ISSUE_EXAMPLES } from "./issue_examples.ts";
import { CHANGES } from "./changes.ts";
import { HANDOFFS } from "./handoffs.ts";
import { QUESTIONS } from "./questions.ts";
import { STYLES } from "./styles.ts";
import { FOUND } from "./found.ts";
import { DIALOGUE } from "./dialogue.ts";
import { QUEUED } from "./queued.ts";
import { POLICY } from "./policy.ts";
import { PRODUCTS } from "./products.ts";
import { TALK } from "./talk.ts";
import { LEAD } from "./lead.ts";
import { LEAD2 } from "./lead2.ts";
import { LEAD3 } from "./lead3.ts";
import { LEAD4 } from "./lead4.ts";
import { LEAD5 } from "./lead5.ts";
import { LEAD6 } from "./lead6.ts";
import { LEAD7 } from "./lead7.ts";
import { LEAD8 } from "./lead8.ts";
import { TALK3 } from "./talk3.ts";
import { TALK3_MORE } from "./talk3_more.ts";
import { TALK4 } from "./talk4.ts";
import { TALK4_MORE } from "./talk4_more.ts";
import { TALK5 } from "./talk5.ts";
import { TALK5_MORE } from "./talk5_more.ts";
import { TALK5_GOODBYES } from "./talk5_goodbyes.ts";
import { TALK6 } from "./talk6.ts";
import { TALK6_MORE } from "./talk6_more.ts";
import { TALK7, TALK7_PENDING } from "./talk7.ts";
import { TALK7_TALK } from "./talk7_more.ts";
import { TALK7_MOOD } from "./talk7_mood.ts";
import { TALK8 } from "./talk8.ts";
import { TALK10 } from "./talk10.ts";
import { TALK10_MORE } from "./talk10_more.ts";
import { TALK9 } from "./talk9.ts";
import { TALK9_MORE } from "./talk9_more.ts";
import { TALK11 } from "./talk11.ts";
import { TALK11_MORE } from "./talk11_more.ts";
import { TALK16 } from "./talk16.ts";
import { TALK16_MORE } from "./talk16_more.ts";
import { TALK17 } from "./talk17.ts";
import { TALK17_MORE } from "./talk17_more.ts";
import { TALK14 } from "./talk14.ts";
import { TALK15 } from "./talk15.ts";
import { TALK15_MORE } from "./talk15_more.ts";
import { TALK12 } from "./talk12.ts";
import { TALK12_MORE } from "./talk12_more.ts";
import { TALK13 } from "./talk13.ts";
import { TALK18 } from "./talk18.ts";
import { TALK18_MORE } from "./talk18_more.ts";
import { TALK19 } from "./talk19.ts";
import { TALK22 } from "./talk22.ts";
import { TALK22_MORE } from "./talk22_more.ts";
import { TALK23 } from "./talk23.ts";
import { TALK23_MORE } from "./talk23_more.ts";
import { TALK25 } from "./talk25.ts";
import { TALK25_MORE } from "./talk25_more.ts";
import { TALK19_MORE } from "./talk19_more.ts";
import { TALK20 } from "./talk20.ts";
import { TALK20_MORE } from "./talk20_more.ts";
import { TALK21 } from "./talk21.ts";
import { TALK21_MORE } from "./talk21_more.ts";
import { TALK26 } from "./talk26.ts";
import { TALK26_MORE } from "./talk26_more.ts";
import { TALK24 } from "./talk24.ts";
import { TALK24_MORE } from "./talk24_more.ts";
import { TALK24_WIDEN } from "./talk24_widen.ts";
import { TALK27 } from "./talk27.ts";
import { TALK27_MORE } from "./talk27_more.ts";
import { TALK29 } from "./talk29.ts";
import { TALK29_MORE } from "./talk29_more.ts";
import { TALK30 } from "./talk30.ts";
import { TALK30_MORE, TALK30_PUSHES } from "./talk30_more.ts";
import { TALK28 } from "./talk28.ts";
import { TALK28_MORE } from "./talk28_more.ts";
import { TALK34 } from "./talk34.ts";
import { TALK34_MORE } from "./talk34_more.ts";
import { TALK33 } from "./talk33.ts";
import { TALK33_MORE } from "./talk33_more.ts";
import { TALK32, TALK32_MORE } from "./talk32.ts";
import { TALK32_OFFER } from "./talk32_offer.ts";
import { TALK31 } from "./talk31.ts";
import { TALK31_MORE } from "./talk31_more.ts";
import { TALK36 } from "./talk36.ts";
import { TALK36_MORE } from "./talk36_more.ts";
import { TALK44 } from "./talk44.ts";
import { TALK45 } from "./talk45.ts";
import { LEAD13 } from "./lead13.ts";
import { LEAD13_MORE } from "./lead13_more.ts";
import { TALK49 } from "./talk49.ts";
import { TALK49_MORE } from "./talk49_more.ts";
import { TALK53 } from "./talk53.ts";
import { TALK53_MORE } from "./talk53_more.ts";

/** All conversations, the issue's examples first. */
export const CONVERSATIONS: Conversation[] = [
  ...ISSUE_EXAMPLES,
  ...CHANGES,
  ...HANDOFFS,
  ...QUESTIONS,
  ...STYLES,
  ...DIALOGUE,
  ...FOUND,
  ...QUEUED,
  ...POLICY,
  ...PRODUCTS,
  ...TALK,
  ...LEAD,
  ...LEAD2,
  ...LEAD3,
  ...LEAD4,
  ...LEAD5,
  ...LEAD6,
  ...LEAD7,
  ...LEAD8,
  ...TALK3,
  ...TALK3_MORE,
  ...TALK4,
  ...TALK4_MORE,
  ...TALK5,
  ...TALK5_MORE,
  ...TALK5_GOODBYES,
  ...TALK6,
  ...TALK6_MORE,
  ...TALK7,
  ...TALK7_PENDING,
  ...TALK7_TALK,
  ...TALK7_MOOD,
  ...TALK8,
  ...TALK10,
  ...TALK10_MORE,
  ...TALK9,
  ...TALK9_MORE,
  ...TALK11,
  ...TALK11_MORE,
  ...TALK14,
  ...TALK12,
  ...TALK12_MORE,
  ...TALK13,
  ...TALK15,
  ...TALK15_MORE,
  ...TALK16,
  ...TALK16_MORE,
  ...TALK17,
  ...TALK17_MORE,
  ...TALK18,
  ...TALK18_MORE,
  ...TALK19,
  ...TALK19_MORE,
  ...TALK20,
  ...TALK20_MORE,
  ...TALK21,
  ...TALK21_MORE,
  ...TALK22,
  ...TALK22_MORE,
  ...LEAD9,
  ...LEAD10,
  ...LEAD11,
  ...LEAD12,
  ...LEAD12_MORE,
  ...TALK23,
  ...TALK23_MORE,
  ...TALK26,
  ...TALK26_MORE,
  ...TALK25,
  ...TALK25_MORE,
  ...TALK24,
  ...TALK24_MORE,
  ...TALK24_WIDEN,
  ...TALK27,
  ...TALK27_MORE,
  ...TALK29,
  ...TALK29_MORE,
  ...TALK30,
  ...TALK30_MORE,
  ...TALK30_PUSHES,
  ...TALK28,
  ...TALK28_MORE,
  ...TALK34,
  ...TALK34_MORE,
  ...TALK33,
  ...TALK33_MORE,
  ...TALK32,
  ...TALK32_MORE,
  ...TALK32_OFFER,
  ...TALK31,
  ...TALK31_MORE,
  ...TALK36,
  ...TALK36_MORE,
  ...TALK35,
  ...TALK35_MORE,
  ...TALK38,
  ...TALK37,
  ...TALK43,
  ...TALK43_MORE,
  ...TALK43_LONG,
  ...TALK41,
  ...TALK41_MORE,
  ...TALK40,
  ...TALK40_MORE,
  ...TALK39,
  ...TALK39_MORE,
  ...TALK39_LAST,
  ...TALK42,
  ...TALK42_MORE,
  ...TALK44,
  ...TALK45,
  ...TALK46,
  ...TALK46_MORE,
  ...TALK47,
  ...TALK47_MORE,
  ...LEAD13,
  ...LEAD13_MORE,
  ...TALK50,
  ...TALK50_MORE,
  ...TALK52,
  ...TALK52_MORE,
  ...TALK54,
  ...TALK49,
  ...TALK49_MORE,
  ...TALK48,
  ...TALK48_MORE,
  ...TALK51,
  ...TALK51_MORE,
  ...TALK53,
  ...TALK53_MORE,
  ...TALK55,
  ...TALK55_MORE,
];
