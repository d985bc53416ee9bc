import { assert } from "../assert.ts";
import { adamState, adamStep } from "../../lib/model/adam.ts";

Deno.test("adam: first steps move by lr·sign(g); moments decay as stated", () => {
  const x = new Float32Array([1, -2]);
  const st = adamState(2);
  adamStep(x, new Float32Array([0.5, -4]), st, 0.1);
  // bias-corrected: m̂ = g, v̂ = g², so the step is lr·g/|g| (up to ε)
  assert.ok(Math.abs(x[0] - 0.9) < 1e-6 && Math.abs(x[1] + 1.9) < 1e-6);
  // m = (1 − 0.9)·g, v = (1 − 0.999)·g² after one step (hand)
  assert.ok(Math.abs(st.m[0] - 0.05) < 1e-7 && Math.abs(st.v[1] - 0.016) < 1e-7);
  assert.equal(st.t, 1);
});

Deno.test("adam: bad inputs throw with the value named", () => {
  assert.throws(() => adamStep(new Float32Array(1), new Float32Array(1), adamState(1), NaN), /lr/);
  assert.throws(
    () => adamStep(new Float32Array(2), new Float32Array(1), adamState(2), 0.1),
    /mismatch/,
  );
  assert.throws(() => adamState(0), /n must be a positive integer, got 0/);
});
