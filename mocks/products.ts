/**
 * The product catalogue: free-text search and one product by sku.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Product } from "../shared/store_api.ts";
import { notFound } from "./problem.ts";
import { json, param, problems, type StoreApp, type StoreDeps } from "./routing.ts";

/** Registers the product routes. */
export function registerProducts(app: StoreApp, { state }: StoreDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/products",
      tags: ["products"],
      summary: "Search products",
      description: "Every word of `q` must match the name, category, sku or description.",
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          category: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(100).optional(),
        }),
      },
      responses: { 200: json(z.array(Product), "Matching products, best first"), ...problems(503) },
    }),
    (c) => {
      const { q, category, limit } = c.req.valid("query");
      const words = (q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      const found = state.products
        .filter((p) => !category || p.category.toLowerCase() === category.toLowerCase())
        .map((p) => ({ p, score: score(p, words) }))
        .filter((x) => x.score > 0 || words.length === 0)
        .sort((a, b) => b.score - a.score || a.p.sku.localeCompare(b.p.sku))
        .slice(0, limit ?? 20)
        .map((x) => x.p);
      return c.json(found, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/products/{sku}",
      tags: ["products"],
      summary: "A product",
      request: { params: param("sku", "AUD-101") },
      responses: { 200: json(Product, "The product"), ...problems(404, 503) },
    }),
    (c) => {
      const sku = c.req.valid("param").sku;
      const p = state.product(sku);
      if (!p) throw notFound("product", sku);
      return c.json(p, 200);
    },
  );
}

/** 0 unless every word matches; name matches weigh most. */
function score(p: z.infer<typeof Product>, words: string[]): number {
  let total = 0;
  const name = p.name.toLowerCase();
  const rest = `${p.category} ${p.sku} ${p.description}`.toLowerCase();
  for (const w of words) {
    // A plural query ("headphones" vs "headphone") should still match.
    const stem = w.length > 3 ? w.replace(/(es|s)$/, "") : w;
    if (name.includes(stem)) total += 3;
    else if (rest.includes(stem)) total += 1;
    else return 0;
  }
  return total;
}
