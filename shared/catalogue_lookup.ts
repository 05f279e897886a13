/**
 * The catalogue products a message asks about, as the context actor fetched them from the
 * store this turn (part of the context enrichment, re-exported by `enrichments.ts`).
 */
import { z } from "zod";

/** A product of the store's catalogue as the context fetched it: only what a reply may state. */
export const ProductView = z.object({
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  price: z.number().min(0),
  currency: z.string(),
  /** Units the store reports in stock; 0 when sold out. */
  stock: z.number().int().min(0),
  in_stock: z.boolean(),
  rating: z.number().min(0).max(5),
  warranty_months: z.number().int().min(0),
});
export type ProductView = z.infer<typeof ProductView>;

/**
 * The catalogue products a message asks about, as the store answered this turn: `found`
 * (one), `several` (up to three fit: the reply asks which), `none` (no product of the
 * catalogue fits) or `unavailable` (the store could not be asked: the reply falls back on
 * the FAQ).
 */
export const CatalogueLookup = z.object({
  lookup: z.enum(["found", "several", "none", "unavailable"]),
  /** The words or skus looked up. */
  query: z.string(),
  products: z.array(ProductView).max(3).default([]),
});
export type CatalogueLookup = z.infer<typeof CatalogueLookup>;
