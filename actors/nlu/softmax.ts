/**
 * Multinomial logistic regression (softmax) over sparse features, trained with AdaGrad
 * and L2 regularisation. Small, deterministic (seeded shuffling) and fast: a thousand
 * examples train in well under a second, and a prediction is a few thousand multiply-adds.
 */
import type { FeatureVector } from "./features.ts";
import { mulberry32, shuffleInPlace } from "../../shared/random.ts";

/** One labelled example. */
export interface LabelledVector {
  x: FeatureVector;
  label: number;
  /** How much the example counts (default 1): borrowed data can count for less. */
  weight?: number;
}

/** Training settings; the defaults were chosen by cross-validation on the training set. */
export interface SoftmaxOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Gradient below which a class is not updated for an example. */
  minErr?: number;
}

/** A trained model: class scores for a feature vector. */
export interface SoftmaxModel {
  readonly classes: number;
  readonly features: number;
  /** Class probabilities, summing to 1. */
  predict(x: FeatureVector): Float64Array;
  /** The model as a readable table (`loadSoftmaxTable` reads it back), small weights dropped. */
  export(opts?: { minWeight?: number; digits?: number }): SoftmaxTable;
}

/** A trained model as plain data: per feature its weight for each class, and the biases. */
export interface SoftmaxTable {
  classes: number;
  bias: number[];
  features: Record<string, number[]>;
}

/** A model from the table `export` gave. */
export function loadSoftmaxTable(data: SoftmaxTable): SoftmaxModel {
  const index = new Map<string, number>();
  const names = Object.keys(data.features);
  const w = new Float64Array(names.length * data.classes);
  names.forEach((name, id) => {
    index.set(name, id);
    w.set(data.features[name], id * data.classes);
  });
  return modelOf(index, w, Float64Array.from(data.bias), data.classes);
}

/** Trains a softmax model on `data` with `classes` classes. */
export function trainSoftmax(
  data: readonly LabelledVector[],
  classes: number,
  opts: SoftmaxOptions = {},
): SoftmaxModel {
  const epochs = opts.epochs ?? 15;
  const lr = opts.learningRate ?? 0.5;
  const l2 = opts.l2 ?? 1e-4;
  const minErr = opts.minErr ?? 1e-3;
  const index = new Map<string, number>();
  const rows = data.map((d) => ({
    ids: Int32Array.from(d.x.names, (n) => {
      let id = index.get(n);
      if (id === undefined) index.set(n, id = index.size);
      return id;
    }),
    values: d.x.values,
    label: d.label,
    weight: d.weight ?? 1,
  }));
  const w = new Float64Array(index.size * classes);
  const g2 = new Float64Array(index.size * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const bg2 = new Float64Array(classes).fill(1e-8);
  const probs = new Float64Array(classes);
  const rand = mulberry32(opts.seed ?? 7);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const r of order) {
      const row = rows[r];
      scores(w, bias, row.ids, row.values, classes, probs);
      softmaxInPlace(probs);
      for (let c = 0; c < classes; c++) {
        const err = (probs[c] - (c === row.label ? 1 : 0)) * row.weight;
        // Classes the model already rules out barely move; skipping them makes training
        // several times faster at no cost in accuracy (L2 decay there is left for later).
        if (err > -minErr && err < minErr) continue;
        bg2[c] += err * err;
        bias[c] -= (lr * err) / Math.sqrt(bg2[c]);
        for (let k = 0; k < row.ids.length; k++) {
          const j = row.ids[k] * classes + c;
          const grad = err * row.values[k] + l2 * w[j];
          g2[j] += grad * grad;
          w[j] -= (lr * grad) / Math.sqrt(g2[j]);
        }
      }
    }
  }

  return modelOf(index, w, bias, classes);
}

/**
 * A trained model in a form JSON can carry: the weights as 16-bit integers of one scale
 * (a step of max|w| / 32767, far below what changes an answer), base64-encoded.
 */
export interface SoftmaxWeights {
  classes: number;
  bias: number[];
  /** Feature names, in the order of the weight rows. */
  features: string[];
  /** One weight step. */
  scale: number;
  /** Int16 little-endian, `features.length × classes`, base64. */
  weights: string;
}

/** The weights of a trained model, to save (see `loadSoftmax`). */
export function saveSoftmax(model: SoftmaxModel): SoftmaxWeights {
  const m = model as SoftmaxModel & { [INTERNALS]?: Internals };
  const internals = m[INTERNALS];
  if (!internals) throw new Error("Cannot save the model: it was not made by trainSoftmax");
  const { index, w, bias, classes } = internals;
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const features = [...index.keys()];
  const ints = new Int16Array(features.length * classes);
  features.forEach((name, row) => {
    const id = index.get(name)!;
    for (let c = 0; c < classes; c++) {
      ints[row * classes + c] = Math.round(w[id * classes + c] / scale);
    }
  });
  const bytes = new Uint8Array(ints.length * 2);
  const view = new DataView(bytes.buffer);
  ints.forEach((v, i) => view.setInt16(i * 2, v, true));
  return { classes, bias: [...bias], features, scale, weights: bytes.toBase64() };
}

/** A model from saved weights: the same answers as the trained one, without training. */
export function loadSoftmax(saved: SoftmaxWeights): SoftmaxModel {
  const { classes, scale } = saved;
  const bytes = Uint8Array.fromBase64(saved.weights);
  if (bytes.length !== saved.features.length * classes * 2) {
    throw new Error("Cannot load the model: the weights do not match its features");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // 16-bit steps fit a 32-bit float's 24-bit mantissa with room to spare: half the memory
  // of 64-bit floats (the shipped model's 1.1 million weights: 4.5 MB instead of 9).
  const w = new Float32Array(saved.features.length * classes);
  for (let i = 0; i < w.length; i++) w[i] = view.getInt16(i * 2, true) * scale;
  const index = new Map<string, number>();
  saved.features.forEach((name, id) => index.set(name, id));
  return modelOf(index, w, Float64Array.from(saved.bias), classes);
}

/**
 * The mean of models trained on the same data with different seeds: steadier answers than
 * any one of them (each seed's order of examples leaves its own noise in the weights).
 */
export function averageSoftmax(models: readonly SoftmaxModel[]): SoftmaxModel {
  const parts = models.map((m) => (m as SoftmaxModel & { [INTERNALS]?: Internals })[INTERNALS]);
  const first = parts[0];
  if (!first || parts.some((p) => !p || p.w.length !== first.w.length)) {
    throw new Error("Cannot average the models: they were not trained on the same features");
  }
  const w = new Float64Array(first.w.length);
  const bias = new Float64Array(first.classes);
  for (const p of parts as Internals[]) {
    for (let i = 0; i < w.length; i++) w[i] += p.w[i] / parts.length;
    for (let c = 0; c < bias.length; c++) bias[c] += p.bias[c] / parts.length;
  }
  return modelOf(first.index, w, bias, first.classes);
}

const INTERNALS = Symbol("softmax internals");
/** Past this many names the map of recent ones starts again (it only saves time). */
const MAX_RECENT_NAMES = 20_000;

interface Internals {
  index: Map<string, number>;
  w: Weights;
  bias: Float64Array;
  classes: number;
}

function modelOf(
  index: Map<string, number>,
  w: Weights,
  bias: Float64Array,
  classes: number,
): SoftmaxModel {
  // The names messages use lately and their ids (−1: unknown), in a map small enough to stay
  // in the processor's cache: most lookups then never reach the large index.
  const recent = new Map<string, number>();
  const model = {
    classes,
    features: index.size,
    export({ minWeight = 0, digits = 6 } = {}): SoftmaxTable {
      const scale = 10 ** digits;
      const r = (x: number) => Math.round(x * scale) / scale;
      const features: Record<string, number[]> = {};
      for (const [name, id] of index) {
        const row = Array.from(w.subarray(id * classes, (id + 1) * classes), r);
        if (row.some((x) => Math.abs(x) >= minWeight && x !== 0)) features[name] = row;
      }
      return { classes, bias: Array.from(bias, r), features };
    },
    predict(x: FeatureVector) {
      // Typed arrays as in training, so `scores` sees one kind of array and stays fast.
      const ids = new Int32Array(x.names.length);
      const values = new Float64Array(x.names.length);
      let k = 0;
      for (let i = 0; i < x.names.length; i++) {
        const name = x.names[i];
        let id = recent.get(name);
        if (id === undefined) {
          id = index.get(name) ?? -1;
          if (recent.size >= MAX_RECENT_NAMES) recent.clear();
          recent.set(name, id);
        }
        if (id >= 0) {
          ids[k] = id;
          values[k++] = x.values[i];
        }
      }
      const out = new Float64Array(classes);
      scores(w, bias, ids.subarray(0, k), values.subarray(0, k), classes, out);
      return softmaxInPlace(out);
    },
  };
  Object.defineProperty(model, INTERNALS, { value: { index, w, bias, classes } });
  return model;
}

/** A model's weights: 64-bit as trained, 32-bit as loaded from saved 16-bit steps. */
type Weights = Float64Array | Float32Array;

function scores(
  w: Weights,
  bias: Float64Array,
  ids: Int32Array,
  values: Float64Array,
  classes: number,
  out: Float64Array,
): void {
  out.set(bias);
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k] * classes;
    const v = values[k];
    for (let c = 0; c < classes; c++) out[c] += w[base + c] * v;
  }
}

function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp(z[i] - max);
  for (let i = 0; i < z.length; i++) z[i] /= sum;
  return z;
}
