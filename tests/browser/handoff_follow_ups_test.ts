/**
 * A handed-off conversation where the customer writes twice more (issue 15): the agent's
 * queue keeps one card for it, showing the latest message and the whole reason, and the
 * card opens the transcript at the newest message with both follow-ups in it. The
 * analytics' handed-over and resolved counts add up to the conversations.
 */
import { equal, ok } from "node:assert/strict";
import type { Page } from "playwright-core";
import { chromiumMissing, screenshot } from "../helpers/chromium.ts";
import { startTarget } from "./system.ts";
import { agentSignIn, assertNoErrors, failOnPageErrors, send, signInAs } from "./pages.ts";

const FIRST = "hello?? anyone there";
const SECOND = "my keyboard ORD-2001 still hasnt arrived, please hurry";

/** True when the element shows all of its text (nothing clamped or scrolled away). */
function whole(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) =>
    el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1
  );
}

Deno.test({
  name: "handoff follow-ups: the customer writes twice more and the agent sees both in one card",
  ignore: chromiumMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTarget();
    const errors: string[] = [];
    const shopper = await t.browser.newPage();
    failOnPageErrors(shopper, errors);
    await shopper.goto(t.url);
    // A conversation resolved without a person, for the analytics.
    await signInAs(shopper, "Sarah Chen");
    await send(shopper, "Where is my order ORD-1001?");
    await shopper.locator(".msg--assistant", { hasText: "TRK8800001001" }).waitFor();

    const mikePage = await t.browser.newPage();
    failOnPageErrors(mikePage, errors);
    await mikePage.goto(t.url);
    await signInAs(mikePage, "Mike Johnson");
    await send(mikePage, "I want to talk to a human");
    await mikePage.locator(".msg--assistant", { hasText: /member of our team/ }).waitFor({
      timeout: 30_000,
    });

    const agent = await t.browser.newPage();
    failOnPageErrors(agent, errors);
    await agentSignIn(agent, t.url, t.agentToken);
    const cards = agent.locator("[data-handoff]", { hasText: /mike/i });
    await cards.first().waitFor({ timeout: 30_000 });

    await send(mikePage, FIRST);
    await mikePage.locator(".msg--assistant", { hasText: /in the queue/ }).first().waitFor();
    await send(mikePage, SECOND);
    await mikePage.locator(".msg--customer", { hasText: SECOND }).waitFor();
    await mikePage.waitForFunction(
      () => document.querySelectorAll(".msg--assistant").length >= 3,
      undefined,
      { timeout: 30_000 },
    );

    // The queue refreshes every two seconds: wait for the card to show the latest message.
    await cards.filter({ hasText: "hurry" }).first().waitFor({ timeout: 30_000 });
    equal(await cards.count(), 1, "one card for Mike's conversation");
    ok(await whole(agent, "[data-handoff] .ticket__reason"), "the card's reason is whole");
    await screenshot(agent, "agent_follow_ups_queue");

    await cards.first().click();
    const transcript = agent.locator(".transcript");
    await transcript.locator(".msg--customer", { hasText: FIRST }).waitFor();
    await transcript.locator(".msg--customer", { hasText: SECOND }).waitFor();
    await agent.waitForTimeout(300);
    const atEnd = await transcript.evaluate((el) =>
      el.scrollTop + el.clientHeight >= el.scrollHeight - 2
    );
    ok(atEnd, "the transcript opens at the latest message");
    ok(await whole(agent, ".brief__summary"), "the brief's summary is whole");
    await screenshot(agent, "agent_follow_ups_conversation");

    const res = await fetch(`${t.url}/api/agent/analytics`, {
      headers: { authorization: `Bearer ${t.agentToken}` },
    });
    const a = await res.json();
    equal(a.resolution.conversations, 2);
    equal(a.resolution.without_human, 1, "Sarah's conversation only");
    equal(a.handed_over_conversations, 1, "Mike's conversation, once");
    await agent.getByRole("tab", { name: "Analytics" }).click();
    const stat = agent.locator("article.stat", { hasText: "Handoffs" });
    await stat.waitFor();
    ok(
      (await stat.locator(".stat__big").innerText()).trim() === "1",
      "the console shows one conversation handed over",
    );
    assertNoErrors(errors);
  },
});
