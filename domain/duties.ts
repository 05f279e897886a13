/**
 * Customs asked about: "do you charge customs?", "will I pay import duties in the UK?", "is
 * VAT included for Canada?". Answered by the rule on shipping abroad (duties and taxes are the
 * recipient's, collected by the carrier), not the whole returns policy. Pure.
 */

/** Customs, import duties or taxes on a parcel from abroad. */
const DUTIES =
  /\b(?:customs|import (?:dut(?:y|ies)|tax(?:es)?|fees?|charges?)|dut(?:y|ies)|tariffs?|brokerage (?:fees?|charges?))\b/i;

/** Whether the message asks about customs or import duties. */
export function asksAboutDuties(text: string): boolean {
  return DUTIES.test(text);
}

/** The answer on customs, in the words of the shipping-abroad rule (said once beside it). */
export function dutiesAnswer(): string[] {
  return [
    "We don't charge customs ourselves, and our prices and shipping fees don't include them. " +
    "Import duties and taxes aren't included and may be collected by the carrier on delivery.",
  ];
}
