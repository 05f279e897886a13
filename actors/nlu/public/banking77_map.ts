/**
 * How BANKING77's labels (online-banking questions, Casanueva et al. 2020, CC BY 4.0) read in
 * a shop. A label that means the same to a shopper maps to our intent; a bank's own business
 * (top-ups, transfers, ATMs, exchange rates, card issuing) is `other`; a label whose words a
 * shopper uses for something of ours ("when will my card arrive", "my card is not working",
 * "order a physical card") is left out, so it teaches neither.
 */
import type { Intent } from "../../../shared/protocol.ts";

/** A label's reading: one of our intents, `other`, or left out. */
export type Banking77Rule = Intent | "excluded";

/** Off-topic lines kept of each label mapped to `other`. */
export const OTHER_PER_LABEL = 40;

/** Every BANKING77 label and how it reads in a shop. */
export const BANKING77_MAP: Readonly<Record<string, Banking77Rule>> = {
  // The same request in a shop.
  request_refund: "refund_request",
  Refund_not_showing_up: "refund_status",
  transaction_charged_twice: "payment_issue",
  declined_card_payment: "payment_issue",
  pending_card_payment: "payment_issue",
  extra_charge_on_statement: "payment_issue",
  passcode_forgotten: "account_access",
  terminate_account: "account_update",
  edit_personal_details: "account_update",
  // Shop words for a bank's meaning: left out.
  card_arrival: "excluded",
  card_delivery_estimate: "excluded",
  card_not_working: "excluded",
  virtual_card_not_working: "excluded",
  card_payment_not_recognised: "excluded",
  direct_debit_payment_not_recognised: "excluded",
  reverted_card_payment: "excluded",
  "reverted_card_payment?": "excluded",
  card_payment_fee_charged: "excluded",
  supported_cards_and_currencies: "excluded",
  visa_or_mastercard: "excluded",
  apple_pay_or_google_pay: "excluded",
  order_physical_card: "excluded",
  getting_spare_card: "excluded",
  cancel_transfer: "excluded",
  change_pin: "excluded",
  pin_blocked: "excluded",
  get_physical_card: "excluded",
  unable_to_verify_identity: "excluded",
  verify_my_identity: "excluded",
  why_verify_identity: "excluded",
  age_limit: "excluded",
  country_support: "excluded",
  // A bank's own business: not about the shop.
  activate_my_card: "other",
  atm_support: "other",
  automatic_top_up: "other",
  balance_not_updated_after_bank_transfer: "other",
  balance_not_updated_after_cheque_or_cash_deposit: "other",
  beneficiary_not_allowed: "other",
  card_about_to_expire: "other",
  card_acceptance: "other",
  card_linking: "other",
  card_payment_wrong_exchange_rate: "other",
  card_swallowed: "other",
  cash_withdrawal_charge: "other",
  cash_withdrawal_not_recognised: "other",
  compromised_card: "other",
  contactless_not_working: "other",
  declined_cash_withdrawal: "other",
  declined_transfer: "other",
  disposable_card_limits: "other",
  exchange_charge: "other",
  exchange_rate: "other",
  exchange_via_app: "other",
  failed_transfer: "other",
  fiat_currency_support: "other",
  get_disposable_virtual_card: "other",
  getting_virtual_card: "other",
  lost_or_stolen_card: "other",
  lost_or_stolen_phone: "other",
  pending_cash_withdrawal: "other",
  pending_top_up: "other",
  pending_transfer: "other",
  receiving_money: "other",
  top_up_by_bank_transfer_charge: "other",
  top_up_by_card_charge: "other",
  top_up_by_cash_or_cheque: "other",
  top_up_failed: "other",
  top_up_limits: "other",
  top_up_reverted: "other",
  topping_up_by_card: "other",
  transfer_fee_charged: "other",
  transfer_into_account: "other",
  transfer_not_received_by_recipient: "other",
  transfer_timing: "other",
  verify_source_of_funds: "other",
  verify_top_up: "other",
  wrong_amount_of_cash_received: "other",
  wrong_exchange_rate_for_cash_withdrawal: "other",
};

/**
 * Lines of a mapped label that mean something else to a shop, read one by one: asking the
 * refund rules is a policy question, a changed address is ambiguous between the account
 * and an order's delivery, and a mapped line about a bank's own business is left out.
 */
const RELABEL: readonly { label: string; pattern: RegExp; to: Intent | null }[] = [
  {
    label: "request_refund",
    pattern:
      /\bpolic(?:y|ies)\b|\brefunds? (?:allowed|possible)\b|\bdo you (?:offer|give|do) refunds\b|\bare refunds\b|\beligible\b/i,
    to: "policy_question",
  },
  {
    label: "request_refund",
    pattern: /\bcancel\w* (?:my |an |the )?(?:order|purchase)\b/i,
    to: "cancel_order",
  },
  { label: "edit_personal_details", pattern: /\baddress\b/i, to: null },
  {
    label: "*",
    pattern:
      /\b(?:top[- ]?up|topp?ing up|transfer\w*|atm|cash|withdraw\w*|cheque|check deposit|exchange rate|beneficiar\w*)\b/i,
    to: null,
  },
];

/** Our intent for one BANKING77 line, or null when it is left out. */
export function banking77Intent(text: string, label: string): Intent | null {
  const rule = BANKING77_MAP[label];
  if (rule === undefined || rule === "excluded") return null;
  if (rule === "other") return "other";
  for (const r of RELABEL) {
    if ((r.label === label || r.label === "*") && r.pattern.test(text)) return r.to;
  }
  return rule;
}
