/**
 * A hand-made seed study shared by the model-ladder tests: widths 4 and 8, random seeds 1 and 2,
 * two answer digits, 100 test problems; the counts are chosen so that spreads and crossings can
 * be worked out by hand.
 */
import type { SeedPositionRow } from "../../../lib/data/ladder_runs.ts";

/** The hand-made rows. */
export const TOY_SEED_POSITIONS: SeedPositionRow[] = [
  [4, 1, 0, 10],
  [4, 1, 1, 90],
  [4, 2, 0, 30],
  [4, 2, 1, 95],
  [8, 1, 0, 60],
  [8, 1, 1, 99],
  [8, 2, 0, 40],
  [8, 2, 1, 100],
].map(([hidden, seed, position, correct]) => ({
  generator_version: 2,
  seed,
  digits: 1,
  hidden,
  parameters: hidden * 10,
  steps: 10,
  position,
  test_n: 100,
  correct,
  source: "toy",
}));
