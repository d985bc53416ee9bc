import fc from "fast-check";
import { assert } from "../assert.ts";
import { levenshtein } from "../../lib/metrics/levenshtein.ts";

Deno.test("levenshtein: distances worked out by hand", () => {
  assert.equal(levenshtein([], []), 0);
  assert.equal(levenshtein([], [4, 5]), 2); // two insertions
  assert.equal(levenshtein([7, 7, 7], []), 3); // three deletions
  assert.equal(levenshtein([1, 2, 3, 4], [1, 2, 3, 4]), 0);
  assert.equal(levenshtein([1, 2, 3], [1, 3]), 1); // delete the 2
  assert.equal(levenshtein([1, 2, 3], [1, 9, 3]), 1); // substitute 2 → 9
  // every position differs, yet two edits suffice: delete the leading 0, append a 0
  assert.equal(levenshtein([0, 1, 2], [1, 2, 0]), 2);
  // 5 0 7 7 → 5 7 7 1: delete the 0, append a 1
  assert.equal(levenshtein([5, 0, 7, 7], [5, 7, 7, 1]), 2);
  // kitten → sitting as letter codes: k→s, e→i, append g
  const codes = (w: string) => [...w].map((c) => c.charCodeAt(0));
  assert.equal(levenshtein(codes("kitten"), codes("sitting")), 3);
  // typed arrays and subarrays, as the forward-pass scorer passes them
  const row = new Int32Array([9, 1, 2, 3, 9]);
  assert.equal(levenshtein(row.subarray(1, 4), new Int32Array([1, 2, 3])), 0);
});

/** Exponential-time Levenshtein straight from the recursive definition. */
function lev(a: number[], b: number[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const [x, ...ra] = a, [y, ...rb] = b;
  return Math.min(lev(ra, b) + 1, lev(a, rb) + 1, lev(ra, rb) + (x === y ? 0 : 1));
}

const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 });
const longer = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 });

Deno.test("property: levenshtein equals the recursive definition", () => {
  fc.assert(
    fc.property(seq, seq, (a, b) => levenshtein(a, b) === lev(a, b)),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("property: d(a, a) = 0, symmetry, and the triangle inequality", () => {
  fc.assert(
    fc.property(longer, longer, longer, (a, b, c) => {
      const ab = levenshtein(a, b);
      return levenshtein(a, a) === 0 && ab === levenshtein(b, a) &&
        levenshtein(a, c) <= ab + levenshtein(b, c);
    }),
    { seed: 7, numRuns: 500 },
  );
});

Deno.test("property: bounded by the lengths, and 0 only for equal sequences", () => {
  fc.assert(
    fc.property(longer, longer, (a, b) => {
      const d = levenshtein(a, b);
      const same = a.length === b.length && a.every((v, i) => v === b[i]);
      return d >= Math.abs(a.length - b.length) && d <= Math.max(a.length, b.length) &&
        (d === 0) === same;
    }),
    { seed: 11, numRuns: 500 },
  );
});
