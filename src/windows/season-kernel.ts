/**
 * Smoothing over the 365 positions of a year, which wrap around (Dec 31 is next to Jan 1, the fiscal year end is
 * next to the first day of the next fiscal year).
 */

/** Weights of a Gaussian kernel over -reach…reach, summing to 1. */
export function gaussianKernel(bandwidthDays: number): { readonly weights: Float64Array; readonly reach: number } {
  if (!(bandwidthDays > 0)) return { weights: Float64Array.of(1), reach: 0 };
  const reach = Math.ceil(3 * bandwidthDays);
  const weights = new Float64Array(2 * reach + 1);
  let sum = 0;
  for (let offset = -reach; offset <= reach; offset += 1) {
    const weight = Math.exp(-0.5 * (offset / bandwidthDays) ** 2);
    weights[offset + reach] = weight;
    sum += weight;
  }
  for (let index = 0; index < weights.length; index += 1) weights[index] = (weights[index] ?? 0) / sum;
  return { weights, reach };
}

/** Convolves a circular series with a Gaussian kernel (mass is kept). */
export function circularSmooth(values: ArrayLike<number>, bandwidthDays: number): Float64Array {
  const length = values.length;
  const { weights, reach } = gaussianKernel(bandwidthDays);
  const out = new Float64Array(length);
  for (let index = 0; index < length; index += 1) {
    const value = values[index] ?? 0;
    if (value === 0) continue;
    for (let offset = -reach; offset <= reach; offset += 1) {
      const target = (((index + offset) % length) + length) % length;
      out[target] = (out[target] ?? 0) + value * (weights[offset + reach] ?? 0);
    }
  }
  return out;
}

/** Scales a non-negative series to sum 1 (all zeros stay zeros). */
export function normalise(values: Float64Array): Float64Array {
  let sum = 0;
  for (const value of values) sum += value;
  if (sum <= 0) return new Float64Array(values.length);
  return values.map((value) => value / sum);
}

/** The shortest distance between two positions on a circle of `length`. */
export function circularDistance(a: number, b: number, length = 365): number {
  const difference = (((a - b) % length) + length) % length;
  return Math.min(difference, length - difference);
}
