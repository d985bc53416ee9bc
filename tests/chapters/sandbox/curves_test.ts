import fc from "fast-check";
import { assert, assertAlmostEquals } from "../../assert.ts";
import { natsAxis, sampleSandbox } from "../../../lib/chapters/sandbox/curves.ts";
import { CONTROLS, type SandboxState, X_RANGE } from "../../../lib/chapters/sandbox/state.ts";

// Reference values from Python (math module, double precision):
//   sigma(-3) = 0.04742587317756678, ln of it = -3.048587351573742, its 4th power 5.058961128612082e-06
//   elbow x = 22 + ln(u/(1-u))/1.5 with u = 0.5**(1/k): k=4 23.109942011565874, k=20 24.229910978622428
Deno.test("sampleSandbox: grid of 361 points over 1e18…1e27, values at x = 20 and 22", () => {
  const c = sampleSandbox({ k: 4, x0: 22, s: 1.5 });
  assert.equal(c.x.length, 361);
  assert.equal(c.x[0], X_RANGE[0]);
  assert.equal(c.x[360], X_RANGE[1]);
  const i20 = c.x.findIndex((x) => Math.abs(x - 20) < 1e-9);
  const i22 = c.x.findIndex((x) => Math.abs(x - 22) < 1e-9);
  assert.equal([i20, i22].join(), "80,160");
  assertAlmostEquals(c.perToken[i20], 0.04742587317756678, 1e-15);
  assertAlmostEquals(c.metric[i20], 5.058961128612082e-06, 1e-18);
  assertAlmostEquals(c.metric[i22], 0.0625, 1e-15);
  assert.equal(c.chartMetric, c.metric); // exact match is drawn on its own 0…1 scale
  assert.equal(c.nats, undefined);
});

Deno.test("sampleSandbox: k = 1 with exact match, the two curves are identical", () => {
  for (const [x0, s] of [[19, 0.25], [22, 1.5], [26, 4]]) {
    const c = sampleSandbox({ k: 1, x0, s });
    assert.deepEqual(c.metric, c.perToken);
    assert.equal(c.elbow.logCompute, x0);
  }
});

Deno.test("sampleSandbox: elbow matches the closed form and sits where EM = 1/2", () => {
  const c4 = sampleSandbox({ k: 4 });
  const c20 = sampleSandbox({ k: 20 });
  assertAlmostEquals(c4.elbow.logCompute, 23.109942011565874, 1e-12);
  assertAlmostEquals(c20.elbow.logCompute, 24.229910978622428, 1e-12);
  assertAlmostEquals(c20.elbow.p, 0.5 ** (1 / 20), 1e-14);
  assertAlmostEquals(c20.elbow.metric, 0.5, 1e-13);
  assert.equal(c20.elbow.chartY, c20.elbow.metric);
  assert.ok(c20.elbow.inView);
});

Deno.test("sampleSandbox: elbow beyond 1e27 is flagged out of view", () => {
  const c = sampleSandbox({ k: 3, x0: 26, s: 0.25 });
  // Python: 26 + ln(u/(1-u))/0.25, u = 0.5**(1/3) -> 31.38950939331754
  assertAlmostEquals(c.elbow.logCompute, 31.38950939331754, 1e-12);
  assert.equal(c.elbow.inView, false);
});

Deno.test("sampleSandbox: mean log-likelihood is ln p, on a fixed −10 … 0 nats axis", () => {
  const c = sampleSandbox({ k: 20, metric: "mean-loglik" });
  assertAlmostEquals(c.metric[80], -3.048587351573742, 1e-13);
  // the axis does not depend on the setting: −10 … 0 in steps of 2
  assert.deepEqual(c.nats, { floor: -10, ticks: [-10, -8, -6, -4, -2, 0] });
  assert.deepEqual(sampleSandbox({ x0: 26, s: 4, metric: "mean-loglik" }).nats, c.nats);
  for (let i = 0; i < c.x.length; i++) {
    assertAlmostEquals(c.chartMetric[i], 1 - c.metric[i] / -10, 1e-15);
  }
  // ln sigma(-32) = -32.0000000000000127: below the axis, drawn on the bottom edge
  const low = sampleSandbox({ x0: 26, s: 4, metric: "mean-loglik" });
  assertAlmostEquals(low.metric[0], -32, 1e-12);
  assert.equal(low.chartMetric[0], 0);
  // k does not change the smooth metric at all
  assert.deepEqual(sampleSandbox({ k: 1, metric: "mean-loglik" }).metric, c.metric);
  // at the elbow ln p = ln(1/2)/k
  assertAlmostEquals(c.elbow.metric, Math.log(0.5) / 20, 1e-14);
});

Deno.test("sampleSandbox: invalid state or steps throw", () => {
  assert.throws(() => sampleSandbox({ k: 0 }), /k must lie in \[1, 50\], got 0/);
  assert.throws(() => sampleSandbox({ s: NaN }), /s must be a finite number/);
  assert.throws(() => sampleSandbox({}, 0), /steps must be a positive integer, got 0/);
  assert.throws(() => sampleSandbox({}, 2.5), /steps must be a positive integer/);
});

Deno.test("natsAxis: round floors and its error paths", () => {
  assert.deepEqual(natsAxis(-0.3), { floor: -0.3, ticks: [-0.3, -0.2, -0.1, 0] });
  assert.equal(natsAxis(-0.83).floor, -1);
  assert.equal(natsAxis(-6).floor, -6);
  assert.equal(natsAxis(-32).floor, -35); // steps of 5: 7 steps (steps of 2 would need 16)
  for (const bad of [0, 1, NaN, -Infinity, -301]) {
    assert.throws(() => natsAxis(bad), /lowest must be a finite number in \[-300, 0\)/);
  }
});

const stateArb = fc.record({
  k: fc.integer({ min: CONTROLS.k.min, max: CONTROLS.k.max }),
  x0: fc.double({ min: 19, max: 26, noNaN: true }),
  s: fc.double({ min: 0.25, max: 4, noNaN: true }),
  metric: fc.constantFrom<SandboxState["metric"]>("exact-match", "mean-loglik"),
});

Deno.test("sampleSandbox (property): monotone curves inside the chart, EM ≤ p, floor covers", () => {
  fc.assert(
    fc.property(stateArb, (st) => {
      const c = sampleSandbox(st, 90);
      for (let i = 0; i < c.x.length; i++) {
        assert.ok(c.chartMetric[i] >= 0 && c.chartMetric[i] <= 1, `chart y ${c.chartMetric[i]}`);
        if (st.metric === "exact-match") assert.ok(c.metric[i] <= c.perToken[i] + 1e-15);
        if (i > 0) {
          assert.ok(c.perToken[i] >= c.perToken[i - 1]);
          assert.ok(c.chartMetric[i] >= c.chartMetric[i - 1] - 1e-15);
        }
      }
      assert.ok(c.elbow.logCompute >= st.x0);
      assert.equal(c.elbow.inView, c.elbow.logCompute <= X_RANGE[1]);
    }),
    { seed: 42, numRuns: 200 },
  );
});

Deno.test("sampleSandbox (property): the elbow moves right as k grows", () => {
  fc.assert(
    fc.property(stateArb, fc.integer({ min: 1, max: 49 }), (st, k) => {
      const a = sampleSandbox({ ...st, k }, 10).elbow.logCompute;
      const b = sampleSandbox({ ...st, k: k + 1 }, 10).elbow.logCompute;
      assert.ok(b > a, `k ${k} → ${k + 1}: ${a} → ${b}`);
    }),
    { seed: 42, numRuns: 200 },
  );
});
