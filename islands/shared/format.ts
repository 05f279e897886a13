/**
 * Formatting helpers shared by the islands (times, labels).
 */

/** "14:05" in the viewer's locale, or "" for a bad date. */
export function clockTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

/** "just now", "4 min ago", "2 h ago", "3 d ago". */
export function age(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return "";
  const ms = now - new Date(iso).getTime();
  if (!Number.isFinite(ms)) return "";
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 45) return "just now";
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86_400)} d ago`;
}

/** "order_status" → "Order status". */
export function humanize(value: string | null | undefined): string {
  if (!value) return "—";
  const s = value.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A customer tier as shown: "gold" → "Gold", "vip" → "VIP". */
export function tierLabel(tier: string | null | undefined): string {
  if (!tier) return "Guest";
  return tier.toLowerCase() === "vip" ? "VIP" : humanize(tier);
}
