/**
 * The store's page header and footer (not shown in the widget's embed mode).
 */

/** The page header with the store's name. */
export function SiteHeader(
  { subtitle, links }: { subtitle: string; links?: { href: string; label: string }[] },
) {
  return (
    <header class="site-header">
      <a href="/" class="brand">
        <span class="brand__logo" aria-hidden="true">S</span>
        <span class="brand__text">
          <span class="brand__name">Support Mesh demo store</span>
          <span class="brand__sub">{subtitle}</span>
        </span>
      </a>
      {links && (
        <nav aria-label="Site" class="site-nav">
          {links.map((l) => <a key={l.href} href={l.href}>{l.label}</a>)}
        </nav>
      )}
    </header>
  );
}

/** The page footer. */
export function SiteFooter() {
  return (
    <footer class="site-footer">
      <p>
        A demo of Support Mesh: an AI support agent built as an actor mesh.{" "}
        <a href="/agent">Agent console</a> · <a href="/docs">API docs</a>
      </p>
    </footer>
  );
}
