/**
 * The reason of a request read in a part of a reply to a waiting change (a sentence of its
 * own, another order by its bare number): that part's intent, not the whole reply's, is the
 * request (the whole may read as a complaint: "oh great, another question. whats the keyboard
 * eta").
 */
export const OWN_REQUEST = "a request in a part of its own";
