/**
 * The embeddable widget (`/widget.js`): a shop pastes one script tag and gets a floating
 * chat bubble that opens the store's chat (`/?embed=1` on the gateway) in an iframe. The
 * gateway's origin comes from this script's own `src`. Styles live in a shadow root so
 * the shop's CSS and ours never mix.
 */

interface WidgetApi {
  open(): void;
  close(): void;
  toggle(): void;
}

const CSS = `
:host { all: initial; }
.bubble { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 60px; height: 60px;
  border-radius: 50%; border: none; cursor: pointer; background: #4338ca; color: #fff;
  box-shadow: 0 8px 24px rgba(17,24,39,.28); display: grid; place-items: center;
  transition: transform .15s ease, background .15s ease; }
.bubble:hover { background: #3730a3; transform: translateY(-2px); }
.bubble:focus-visible { outline: 3px solid #f59e0b; outline-offset: 3px; }
.bubble svg { width: 28px; height: 28px; }
.panel { position: fixed; right: 20px; bottom: 92px; z-index: 2147483000; width: 380px;
  height: min(640px, calc(100vh - 120px)); border-radius: 16px; overflow: hidden; background: #fff;
  box-shadow: 0 16px 48px rgba(17,24,39,.30); border: 1px solid rgba(17,24,39,.08);
  opacity: 0; transform: translateY(12px) scale(.98); pointer-events: none;
  transition: opacity .18s ease, transform .18s ease; }
.panel.open { opacity: 1; transform: none; pointer-events: auto; }
.panel[hidden] { display: none; }
iframe { width: 100%; height: 100%; border: 0; display: block; }
@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; width: 100vw; height: 100%; border-radius: 0; }
  .bubble.is-open { display: none; }
}
@media (prefers-reduced-motion: reduce) { .bubble, .panel { transition: none; } }
`;

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-4.5 3.5A.5.5 0 0 1 4 21v-3a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z"/></svg>';
const CLOSE_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" fill="none"/></svg>';

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current;
  const all = Array.from(document.querySelectorAll<HTMLScriptElement>("script[src]"));
  return all.find((s) => /\/widget\.js(\?|#|$)/.test(s.src)) ?? null;
}

function applyStyles(root: ShadowRoot): void {
  try {
    // A constructed sheet works under a shop's strict style-src CSP, a <style> may not.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = CSS;
    root.appendChild(style);
  }
}

function mount(origin: string): WidgetApi {
  const host = document.createElement("div");
  host.setAttribute("data-support-mesh", "");
  const root = host.attachShadow({ mode: "open" });
  applyStyles(root);

  const panel = document.createElement("div");
  panel.className = "panel";
  panel.id = "support-mesh-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", "Support chat");

  const button = document.createElement("button");
  button.type = "button";
  button.className = "bubble";
  button.setAttribute("aria-controls", panel.id);
  let frame: HTMLIFrameElement | null = null;
  let isOpen = false;

  function render() {
    button.innerHTML = isOpen ? CLOSE_ICON : CHAT_ICON;
    button.setAttribute("aria-label", isOpen ? "Close support chat" : "Open support chat");
    button.setAttribute("aria-expanded", String(isOpen));
    button.classList.toggle("is-open", isOpen);
  }

  function open() {
    if (isOpen) return;
    if (!frame) {
      // The chat loads on first open only, so the shop's page stays light.
      frame = document.createElement("iframe");
      frame.src = `${origin}/?embed=1`;
      frame.title = "Support chat";
      frame.setAttribute("allow", "clipboard-write");
      panel.appendChild(frame);
    }
    isOpen = true;
    panel.hidden = false;
    requestAnimationFrame(() => panel.classList.add("open"));
    render();
    frame.focus();
  }

  function close() {
    if (!isOpen) return;
    isOpen = false;
    panel.classList.remove("open");
    setTimeout(() => {
      if (!isOpen) panel.hidden = true;
    }, 200);
    render();
    button.focus();
  }

  button.addEventListener("click", () => (isOpen ? close() : open()));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && isOpen) close();
  });
  globalThis.addEventListener("message", (e: MessageEvent) => {
    if (e.origin === origin && e.data?.type === "support-mesh:close") close();
  });

  render();
  root.append(panel, button);
  document.body.appendChild(host);
  return { open, close, toggle: () => (isOpen ? close() : open()) };
}

function start(): void {
  const g = globalThis as unknown as { SupportMeshWidget?: WidgetApi };
  if (g.SupportMeshWidget) return;
  const script = ownScript();
  if (!script) return;
  const origin = new URL(script.src, location.href).origin;
  const boot = () => {
    g.SupportMeshWidget = mount(origin);
  };
  if (document.body) boot();
  else document.addEventListener("DOMContentLoaded", boot, { once: true });
}

start();
