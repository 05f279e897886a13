/**
 * The ridge regression `build_word_valence.ts` fits: a word's unit-length vector to its
 * rating, by the normal equations (101 unknowns for 100 dimensions and a bias).
 */

/** A word with its vector and its rating (0 for a word no lexicon rates). */
export interface Rated {
  word: string;
  x: Float64Array;
  y: number;
}

/** The first `dims` components of `v`, scaled to unit length. */
export function unitVector(v: readonly number[], dims: number): Float64Array {
  const x = Float64Array.from(v.slice(0, dims));
  let s = 0;
  for (const c of x) s += c * c;
  const inv = s ? 1 / Math.sqrt(s) : 0;
  for (let d = 0; d < dims; d++) x[d] *= inv;
  return x;
}

/** Weights (bias last) minimising squared error + lambda·|w|² (the bias is not penalised). */
export function fitRidge(data: readonly Rated[], lambda: number): Float64Array {
  const dims = data[0].x.length;
  const n = dims + 1;
  const a = Array.from({ length: n }, () => new Float64Array(n + 1));
  const row = new Float64Array(n);
  for (const { x, y } of data) {
    row.set(x);
    row[dims] = 1;
    for (let i = 0; i < n; i++) {
      const ai = a[i];
      for (let j = 0; j < n; j++) ai[j] += row[i] * row[j];
      ai[n] += row[i] * y;
    }
  }
  for (let i = 0; i < dims; i++) a[i][i] += lambda;
  // Gauss–Jordan elimination with partial pivoting.
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return Float64Array.from(a, (r, i) => r[n] / r[i]);
}

/** The rating the weights give a vector. */
export function valenceOf(w: Float64Array, x: Float64Array): number {
  let s = w[x.length];
  for (let d = 0; d < x.length; d++) s += w[d] * x[d];
  return s;
}
