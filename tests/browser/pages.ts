/**
 * Page helpers for browser tests: sign in, send, read the conversation, sign in to the
 * agent console, and watch what the progress line showed.
 */
import type { FrameLocator, Page } from "playwright-core";
import { equal, ok } from "node:assert/strict";

/** A page or the widget's iframe: both expose the locators the helpers use. */
export type Surface = Page | FrameLocator;

/** Records every text the progress line shows (a fast mesh shows it only briefly). */
export async function watchProgress(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as Record<string, unknown>).__progressSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll(".progress__label")) {
        const t = el.textContent ?? "";
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** What the progress line has shown since the page loaded. */
export function progressSeen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((globalThis as Record<string, unknown>).__progressSeen ?? []) as string[]
  );
}

/** Fails the test on uncaught page errors and CSP violations. */
export function failOnPageErrors(page: Page, errors: string[]): void {
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource|WebSocket/.test(m.text())) {
      errors.push(`console: ${m.text()}`);
    }
  });
}

/** Signs in to the chat with a demo customer's one-click button. */
export async function signInAs(
  s: Surface,
  name: "Sarah Chen" | "Mike Johnson" | "Emma Wilson",
): Promise<void> {
  await s.getByRole("button", { name: new RegExp(name) }).click();
  await s.getByLabel("Your message").waitFor();
  await s.getByText("Live", { exact: true }).waitFor({ timeout: 30_000 });
}

/** Types a message and presses Enter. */
export async function send(s: Surface, text: string): Promise<void> {
  const input = s.getByLabel("Your message");
  await input.fill(text);
  await input.press("Enter");
}

/** The conversation as shown: role and text of each message, in order. */
export async function shownMessages(page: Page): Promise<{ role: string; text: string }[]> {
  return await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>(".chat .messages > li.msg:not(.msg--hint)"))
      .map((li) => ({
        role: (li.className.match(/msg--(customer|assistant|agent|system)/) ?? [])[1] ?? "?",
        text: li.querySelector(".msg__text")?.textContent ?? li.textContent ?? "",
      }))
  );
}

/** Waits until an assistant message matching `re` is shown; returns its text. */
export async function waitForAssistant(s: Surface, re: RegExp, timeout = 30_000): Promise<string> {
  const msg = s.locator(".msg--assistant .msg__text", { hasText: re }).last();
  await msg.waitFor({ timeout });
  return await msg.innerText();
}

/** The chat session the page keeps (token, session id). */
export async function pageSession(page: Page): Promise<{ token: string; session_id: string }> {
  const raw = await page.evaluate(() => sessionStorage.getItem("support-mesh.session"));
  ok(raw, "the page keeps a session");
  return JSON.parse(raw);
}

/** Signs in to the agent console. */
export async function agentSignIn(
  page: Page,
  url: string,
  token: string,
  name = "Alex",
): Promise<void> {
  await page.goto(`${url}/agent`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Agent token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("tab", { name: "Queue" }).waitFor();
}

/** Asserts the page does not scroll sideways (usable at phone width). */
export async function assertNoSideScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  ok(scroll <= client + 1, `page is ${scroll}px wide in a ${client}px viewport`);
}

/** Asserts no page errors were collected. */
export function assertNoErrors(errors: string[]): void {
  equal(errors.join("\n"), "");
}
