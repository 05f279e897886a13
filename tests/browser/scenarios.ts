/**
 * The browser scenarios of the pages, written once and run against the whole system
 * (`*_test.ts` beside this file) and against the fake gateway (page logic only).
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import type { Page } from "playwright-core";
import { type Chromium, screenshot } from "../helpers/chromium.ts";
import {
  agentSignIn,
  assertNoErrors,
  assertNoSideScroll,
  failOnPageErrors,
  pageSession,
  progressSeen,
  send,
  shownMessages,
  signInAs,
  waitForAssistant,
  watchProgress,
} from "./pages.ts";

/** What a scenario runs against. */
export interface Target {
  url: string;
  agentToken: string;
  browser: Chromium;
  /** Prefix of screenshot names (`""` for the real system). */
  shots: string;
}

async function open(t: Target, path = "/"): Promise<{ page: Page; errors: string[] }> {
  const page = await t.browser.newPage();
  const errors: string[] = [];
  failOnPageErrors(page, errors);
  await watchProgress(page);
  await page.goto(`${t.url}${path}`);
  return { page, errors };
}

/** Sarah asks where ORD-1001 is and sees its status and tracking number, with progress. */
export async function orderStatus(t: Target): Promise<void> {
  const { page, errors } = await open(t);
  await screenshot(page, `${t.shots}chat_signin`);
  // Keyboard only: focus Sarah's button, press Enter, and land in the message box.
  await page.getByRole("button", { name: /Sarah Chen/ }).focus();
  await page.keyboard.press("Enter");
  await page.getByText("Live", { exact: true }).waitFor({ timeout: 30_000 });
  equal(
    await page.evaluate(() => document.activeElement?.id),
    "chat-input",
    "focus moves to the input",
  );
  equal(
    await page.locator("[role=log][aria-live=polite]").count(),
    1,
    "new messages are announced",
  );
  await page.keyboard.type("Where is my order ORD-1001?");
  await page.keyboard.press("Enter");
  const reply = await waitForAssistant(page, /ORD-1001/);
  match(reply, /TRK\d{10}/, "the reply names the tracking number");
  match(reply, /shipped|in transit|on its way/i, "the reply says the order is on its way");
  const progress = await progressSeen(page);
  ok(progress.length > 0, "the progress line showed what the mesh was doing");
  ok(
    progress.some((p) => /order|checking|reading|understanding|writing/i.test(p)),
    progress.join(" | "),
  );
  equal(
    await page.locator(".progress__label").count(),
    0,
    "the progress line clears with the reply",
  );
  await screenshot(page, `${t.shots}chat_order_status`);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.locator(".chat__scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await assertNoSideScroll(page);
  await screenshot(page, `${t.shots}chat_375`);
  assertNoErrors(errors);
  await page.close();
}

/** Sarah cancels ORD-1003, confirming with the page's "Yes, go ahead" chip. */
export async function cancellation(t: Target): Promise<void> {
  const { page, errors } = await open(t);
  await signInAs(page, "Sarah Chen");
  await send(page, "Please cancel my order ORD-1003");
  const yes = page.getByRole("button", { name: "Yes, go ahead" });
  await yes.waitFor({ timeout: 30_000 });
  ok(await page.getByRole("button", { name: "No", exact: true }).isVisible());
  await screenshot(page, `${t.shots}chat_confirmation`);
  await yes.click();
  const done = await waitForAssistant(page, /cancel/i);
  await page.locator(".msg--assistant").nth(1).waitFor();
  const last = await page.locator(".msg--assistant .msg__text").last().innerText();
  match(last, /ORD-1003/);
  match(last, /cancel/i, done);
  equal(await yes.count(), 0, "the chips go away once answered");
  await screenshot(page, `${t.shots}chat_cancelled`);
  assertNoErrors(errors);
  await page.close();
}

/** Emma's complaint is handed off; the agent claims it and writes; Emma reads it live. */
export async function handoff(t: Target): Promise<void> {
  const { page: shopper, errors } = await open(t);
  await signInAs(shopper, "Emma Wilson");
  await send(shopper, "My package ORD-3001 is lost, this is unacceptable, I want a manager");
  await shopper.getByText("A support specialist will join shortly").waitFor({ timeout: 30_000 });
  await screenshot(shopper, `${t.shots}chat_handoff`);

  const agent = await t.browser.newPage();
  failOnPageErrors(agent, errors);
  await agentSignIn(agent, t.url, t.agentToken);
  const ticket = agent.locator("[data-handoff]", { hasText: /emma/i }).first();
  await ticket.waitFor({ timeout: 30_000 });
  match(await ticket.innerText(), /urgent|high/i);
  await screenshot(agent, `${t.shots}agent_queue`);
  await ticket.click();
  await agent.locator(".transcript").getByText(/ORD-3001 is lost/).waitFor();
  await agent.getByRole("button", { name: "Claim", exact: true }).click();
  await shopper.getByText(/You're chatting with Alex/).waitFor({ timeout: 30_000 });
  const text =
    "Hi Emma, I'm Alex from the support team. I've opened a claim and a replacement ships today.";
  await agent.getByLabel(/Reply to/).fill(text);
  await agent.getByLabel(/Reply to/).press("Enter");
  const live = shopper.locator(".msg--agent", { hasText: "a replacement ships today" });
  await live.waitFor({ timeout: 30_000 });
  match(await live.innerText(), /Human/i, "the agent's message is labelled as a human's");
  await agent.locator(".transcript .msg--agent", { hasText: "a replacement ships today" })
    .waitFor();
  await screenshot(agent, `${t.shots}agent_conversation`);
  await screenshot(shopper, `${t.shots}chat_agent_reply`);

  // Emma answers the person: it reaches the console once, with no AI reply or progress.
  await send(shopper, "Thank you so much, Alex!");
  await agent.locator(".transcript .msg--customer", { hasText: "Thank you so much, Alex!" })
    .waitFor();
  await shopper.waitForTimeout(500);
  equal(
    await shopper.locator(".msg--customer", { hasText: "Thank you so much, Alex!" }).count(),
    1,
  );
  equal(await shopper.locator(".progress__label").count(), 0, "no progress while a person answers");
  equal(await shopper.locator(".msg--assistant").count(), 1, "no AI reply while a person answers");

  // Handing back to the AI lifts the banner on Emma's page.
  await agent.getByRole("button", { name: "Hand back to AI" }).click();
  await shopper.getByText(/You're chatting with/).waitFor({ state: "detached", timeout: 30_000 });

  await agent.getByRole("tab", { name: "Analytics" }).click();
  await agent.getByRole("heading", { name: "Latency per actor" }).waitFor();
  await agent.locator("svg.chart").first().waitFor();
  await screenshot(agent, `${t.shots}agent_analytics`, true);
  await agent.setViewportSize({ width: 375, height: 740 });
  await agent.getByRole("tab", { name: "Queue" }).click();
  await agent.locator(".transcript .msg--agent").last().waitFor();
  await agent.waitForTimeout(300);
  await assertNoSideScroll(agent);
  await screenshot(agent, `${t.shots}agent_375`);
  assertNoErrors(errors);
  await agent.close();
  await shopper.close();
}

/** A dropped socket reconnects with last_seen and the page misses nothing. */
export async function reconnect(t: Target): Promise<void> {
  const { page, errors } = await open(t);
  await signInAs(page, "Sarah Chen");
  await send(page, "Where is my order ORD-1001?");
  await waitForAssistant(page, /ORD-1001/);
  const session = await pageSession(page);

  await page.evaluate(() =>
    ((globalThis as Record<string, unknown>).__supportMeshChat as { dropSocket(ms: number): void })
      .dropSocket(4000)
  );
  await page.getByText("Reconnecting…").waitFor();
  // While the page is offline, the conversation goes on elsewhere (another tab)…
  const res = await fetch(`${t.url}/api/chat`, {
    method: "POST",
    headers: { authorization: `Bearer ${session.token}`, "content-type": "application/json" },
    body: JSON.stringify({ message: "And what about ORD-1002?", client_id: crypto.randomUUID() }),
  });
  ok(res.status === 200 || res.status === 202, `POST /api/chat answered ${res.status}`);
  await res.body?.cancel();
  // …and the page itself sends over HTTP.
  await send(page, "Thanks! Where is ORD-1003?");
  await waitForAssistant(page, /ORD-1003/);

  await page.getByText("Live", { exact: true }).waitFor({ timeout: 30_000 });
  await page.locator(".msg--customer", { hasText: "And what about ORD-1002?" }).waitFor({
    timeout: 30_000,
  });
  // Let late replies land, then compare with the server's history.
  await page.waitForTimeout(1_000);
  const history = await (await fetch(`${t.url}/api/conversations/${session.session_id}`, {
    headers: { authorization: `Bearer ${session.token}` },
  })).json() as { messages: { role: string; text: string }[] };
  const server = history.messages.filter((m) => m.role !== "system").map((m) => ({
    role: m.role,
    text: m.text,
  }));
  const shown = (await shownMessages(page)).filter((m) => m.role !== "system");
  deepEqual(shown, server, "the page shows exactly the stored conversation, once each");
  assertNoErrors(errors);
  await page.close();
}

/**
 * The widget script opens the chat on a third-party page (served on `shopPort`, which the
 * gateway must allow to frame its chat).
 */
export async function widget(t: Target, shopPort = 0): Promise<void> {
  const shop = Deno.serve(
    { port: shopPort, hostname: "127.0.0.1", onListen: () => {} },
    () =>
      new Response(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Acme Outdoor Co.</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: Georgia, serif; margin: 48px; color: #1f2937">
<h1>Acme Outdoor Co.</h1><p>Tents, boots and everything for the trail.</p>
<script src="${t.url}/widget.js" defer></script></body></html>`,
        { headers: { "content-type": "text/html; charset=utf-8" } },
      ),
  );
  try {
    // "localhost" and another port: a different origin from the gateway's 127.0.0.1.
    const shopUrl = `http://localhost:${(shop.addr as Deno.NetAddr).port}/`;
    const page = await t.browser.newPage();
    const errors: string[] = [];
    failOnPageErrors(page, errors);
    await page.goto(shopUrl);
    const bubble = page.getByRole("button", { name: "Open support chat" });
    await bubble.waitFor();
    await screenshot(page, `${t.shots}widget_closed`);
    await bubble.click();
    equal(
      await page.getByRole("button", { name: "Close support chat" }).getAttribute("aria-expanded"),
      "true",
    );
    const frame = page.frameLocator("iframe[title='Support chat']");
    await signInAs(frame, "Sarah Chen");
    await send(frame, "Where is my order ORD-1001?");
    await waitForAssistant(frame, /ORD-1001/);
    await screenshot(page, `${t.shots}widget_open`);
    await page.setViewportSize({ width: 375, height: 740 });
    await screenshot(page, `${t.shots}widget_375`);
    await frame.getByRole("button", { name: "Close chat" }).click();
    await page.getByRole("button", { name: "Open support chat" }).waitFor();
    assertNoErrors(errors);
    await page.close();
  } finally {
    await shop.shutdown();
  }
}

/** `/docs` shows Swagger UI for the gateway's own OpenAPI document, with no CDN. */
export async function docs(t: Target): Promise<void> {
  const page = await t.browser.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  failOnPageErrors(page, errors);
  page.on("request", (r) => {
    if (!r.url().startsWith(t.url) && !r.url().startsWith("data:")) outside.push(r.url());
  });
  await page.goto(`${t.url}/docs`);
  await page.locator(".swagger-ui .info .title").waitFor({ timeout: 30_000 });
  await page.locator(".swagger-ui .opblock").first().waitFor();
  await screenshot(page, `${t.shots}docs`);
  deepEqual(outside, [], "everything comes from the gateway");
  // Swagger UI's React inserts one empty <style> element, which `style-src 'self'` blocks
  // harmlessly; anything else (a blocked script above all) fails the test.
  assertNoErrors(errors.filter((e) => !/Applying inline style violates/.test(e)));
  await page.close();
}
