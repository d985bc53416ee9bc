import { assert, assertAlmostEquals, assertRelativeEquals } from "../assert.ts";
import { parseShown } from "../../lib/tables/errata.ts";
import { checkSeedNumbers, SEED_NUMBERS } from "../../lib/tables/seed.ts";

// Every printed number of the seed sections "The Real Problem" … "Visualizing Emergence".
// Independent references: mpmath (30 digits) for the exact values of the flagged numbers; the
// printed value itself (with half a unit of its last digit as tolerance) for the rest.
const FLAGGED: Record<string, { verdict: string; exact: number; fromDisplayed: number }> = {
  "em4-20": { verdict: "rounded", exact: 5.058961e-6, fromDisplayed: 4.879681e-6 },
  "logp-20": { verdict: "rounded", exact: -3.048587, fromDisplayed: -3.057608 },
  "em4-23": { verdict: "rounded", exact: 0.4467960, fromDisplayed: 0.4477269 },
  "em4-23.5": { verdict: "rounded", exact: 0.6697664, fromDisplayed: 0.6708020 },
  "em4-24": { verdict: "rounded", exact: 0.8233702, fromDisplayed: 0.8248436 },
  "logp-24": { verdict: "rounded", exact: -0.04858735, fromDisplayed: -0.04814038 },
  "fold-em": { verdict: "rounded", exact: 189124.05, fromDisplayed: 195306.12 },
  "em20-22.5": { verdict: "wrong", exact: 4.361955e-4, fromDisplayed: 4.339058e-4 },
  "em20-24": { verdict: "inconsistent", exact: 0.3784213, fromDisplayed: 0.3818194 },
};

Deno.test("the catalogue covers every printed number (count by section)", () => {
  const bySection = new Map<string, number>();
  for (const n of SEED_NUMBERS) bySection.set(n.section, (bySection.get(n.section) ?? 0) + 1);
  // 15 table cells + 2 percentages in the text
  assert.equal(bySection.get("Intuition: the chain"), 17);
  // 8 × (z, p, EM, ln p) + 3 percentages + 2 compute labels + 4 fold numbers + 3 EM20 + shift
  assert.equal(bySection.get("Manual numerical walkthrough"), 32 + 3 + 2 + 4 + 3 + 1);
  assert.equal(new Set(SEED_NUMBERS.map((n) => n.id)).size, SEED_NUMBERS.length);
});

Deno.test("flagged numbers: verdict and both recomputations (rel. 1e-6)", () => {
  const checked = checkSeedNumbers();
  for (const [id, e] of Object.entries(FLAGGED)) {
    const n = checked.find((c) => c.id === id);
    assert.ok(n, id);
    assert.equal(n.verdict, e.verdict, id);
    assertRelativeEquals(n.exact, e.exact, 1e-6, `${id} exact`);
    assertRelativeEquals(n.fromDisplayed, e.fromDisplayed, 1e-6, `${id} from displayed`);
  }
});

Deno.test("every other number is correct to half a unit of its last printed digit", () => {
  for (const n of checkSeedNumbers()) {
    if (n.id in FLAGGED) continue;
    const s = parseShown(n.shown);
    assert.equal(n.verdict, "correct", `${n.id}: ${n.shown} vs ${n.exact}`);
    assertAlmostEquals(n.exact, s.value, s.halfUnit * (1 + 1e-9), n.id);
  }
});

Deno.test("spot checks against hand arithmetic", () => {
  const get = (id: string) => SEED_NUMBERS.find((n) => n.id === id)!;
  assertAlmostEquals(get("pk-0.75-20").exact, 0.75 ** 20, 1e-17); // 0.0031712...
  assertAlmostEquals(get("em20-25").exact, 0.801753, 1e-6); // σ(4.5)^20, mpmath
  assertAlmostEquals(get("elbow-shift").exact, 1.119968967056554, 1e-12); // mpmath: 24.2299109786224 − 23.1099420115659
  assertAlmostEquals(get("fold-loglik").exact, 275.9465749212857, 1e-9);
  assertAlmostEquals(get("label-22.5").exact / 1e22, 3.1622776601683795, 1e-12);
});

Deno.test("walkthrough comparison: printed vs recomputed at the seed's precision", async () => {
  const { walkthroughComparison } = await import("../../lib/tables/seed.ts");
  const rows = walkthroughComparison();
  assert.equal(rows.length, 8);
  // exact values by mpmath, rounded by hand to the printed decimals
  assert.deepEqual(rows.map((r) => r.pExact), [
    "0.047",
    "0.182",
    "0.500",
    "0.679",
    "0.818",
    "0.905",
    "0.953",
    "0.989",
  ]);
  assert.deepEqual(rows.map((r) => r.emExact), [
    "0.0000051",
    "0.0011",
    "0.0625",
    "0.213",
    "0.447",
    "0.670",
    "0.823",
    "0.957",
  ]);
  assert.deepEqual(rows.map((r) => r.logExact), [
    "-3.05",
    "-1.70",
    "-0.69",
    "-0.39",
    "-0.20",
    "-0.10",
    "-0.049",
    "-0.011",
  ]);
  // the seed's own arithmetic from its printed p reproduces every printed EM and ln p
  for (const r of rows) {
    assert.equal(r.emFromSeedP, r.emSeed, `EM at ${r.x}`);
    assert.equal(r.logFromSeedP, r.logSeed, `ln p at ${r.x}`);
  }
});

Deno.test("context numbers: the one computed claim matches lib", async () => {
  const { SEED_CONTEXT_NUMBERS } = await import("../../lib/tables/seed.ts");
  const { transitionWidth } = await import("../../lib/math/elbow.ts");
  assert.equal(SEED_CONTEXT_NUMBERS.length, 6);
  const decade = SEED_CONTEXT_NUMBERS.find((n) => n.shown.includes("less than one decade"))!;
  // width(k, s) = width(k, 1)/s, so one decade needs s = width(4, 1)
  assertAlmostEquals(transitionWidth(4, 1), 3.3727930352981153, 1e-12); // mpmath
  assert.match(decade.finding, /s > 3\.37/);
  assertAlmostEquals(transitionWidth(4, 1.5), 2.2485286901987434, 1e-12);
  assert.match(decade.finding, /2\.25 decades/);
});
