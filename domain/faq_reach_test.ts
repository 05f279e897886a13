/** A wish for our people that asks when or how to reach them is the FAQ's to answer. */
import assert from "node:assert/strict";
import { faqMayAnswer } from "./faq.ts";

Deno.test("hours and phone numbers of our people are answered; asking for a person is not", () => {
  for (
    const text of [
      "what are your customer service hours",
      "whats your phone number",
      "is customer service open on weekends?",
      "how can I contact you",
    ]
  ) {
    assert.ok(faqMayAnswer("human_agent", text), text);
  }
  for (
    const text of [
      "can I talk to customer service",
      "I want to speak to a person, what's your number",
      "I forgot my password and can't log into my account",
    ]
  ) {
    assert.ok(!faqMayAnswer("human_agent", text), text);
  }
  assert.ok(faqMayAnswer("policy_question", "what is your refund policy"));
});
