/**
 * The catalogue as the intent actor reads it, cached per catalogue array: its names (the
 * classifier caches by array) and its product index (for product entities).
 */
import { indexProducts, type ProductIndex, type ProductRef } from "./products.ts";

const names = new WeakMap<readonly ProductRef[], readonly string[]>();

/** The catalogue's names, one array per catalogue (the classifier caches by array). */
export function productNames(
  products: readonly ProductRef[] | undefined,
): readonly string[] | undefined {
  if (!products || products.length === 0) return undefined;
  let list = names.get(products);
  if (!list) names.set(products, list = products.map((p) => p.name));
  return list;
}

const indexes = new WeakMap<readonly ProductRef[], ProductIndex>();

/** The catalogue's product index, built once per catalogue; null without one. */
export function productIndex(products: readonly ProductRef[] | undefined): ProductIndex | null {
  if (!products || products.length === 0) return null;
  let index = indexes.get(products);
  if (!index) indexes.set(products, index = indexProducts(products));
  return index;
}

/** The catalogue and its index, as the readings of a waiting change take them. */
export function catalogueOf(products: readonly ProductRef[] | undefined) {
  return { products, index: productIndex(products) };
}
