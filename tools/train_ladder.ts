/**
 * Trains the book's model ladder and writes its results:
 *
 *   nice -n 10 ./node_modules/.bin/deno run -A tools/train_ladder.ts [--hidden 4,8] [--out data]
 *   nice -n 10 ./node_modules/.bin/deno run -A tools/train_ladder.ts --seeds-only [--out data]
 *
 * Writes `ladder-checkpoints.csv`, `ladder-positions.csv`, `ladder-subsets.csv` and (the seed
 * study) `ladder-seeds.csv` and `ladder-seed-positions.csv` into the output directory (default `data/`). With `--hidden` only
 * those rungs are trained, no seed study is run, and the files get the suffix `-partial` (so
 * the committed files are never half-overwritten). `--seeds-only` runs only the seed study.
 * Progress, wall time and throughput go to stderr (timing is not written to the CSVs, which
 * must be byte-identical on every rerun). The spec and `GENERATOR_VERSION` live in
 * `lib/training/ladder_generator.ts`; this script only runs it.
 *
 * @module
 */
import {
  BOOK_LADDER,
  CHECKPOINT_HEADER,
  GENERATOR_VERSION,
  type LadderLines,
  ladderLines,
  POSITION_HEADER,
  SEED_HEADER,
  SEED_POSITION_HEADER,
  seedStudy,
  SUBSET_HEADER,
} from "../lib/training/ladder_generator.ts";
import { answerLength } from "../lib/tasks/addition.ts";

export { GENERATOR_VERSION };

function arg(name: string): string | undefined {
  const i = Deno.args.indexOf(name);
  return i >= 0 ? Deno.args[i + 1] : undefined;
}

if (import.meta.main) {
  const spec = BOOK_LADDER;
  const only = arg("--hidden")?.split(",").map(Number);
  const out = arg("--out") ?? "data";
  const hiddens = only ?? spec.hiddens;
  const suffix = only ? "-partial" : "";
  const k = answerLength(spec.digits);
  const seedsOnly = Deno.args.includes("--seeds-only");
  const t0 = performance.now();
  let rungStart = t0;
  let last = -1;
  const load = () => {
    try {
      return Deno.loadavg().map((x) => x.toFixed(2)).join(" ");
    } catch {
      return "n/a";
    }
  };
  console.error(
    `ladder v${GENERATOR_VERSION}: ${spec.digits}-digit addition, widths ${hiddens.join(",")}, ` +
      `${spec.steps} steps × ${spec.batch} problems × ${k} answer tokens; load ${load()}`,
  );
  const writeSeeds = (main?: LadderLines) => {
    const s0 = performance.now();
    const rows = seedStudy(spec, spec.seedStudyHiddens, main);
    Deno.mkdirSync(out, { recursive: true });
    Deno.writeTextFileSync(
      `${out}/ladder-seeds.csv`,
      [SEED_HEADER, ...rows.seeds].join("\n") + "\n",
    );
    Deno.writeTextFileSync(
      `${out}/ladder-seed-positions.csv`,
      [SEED_POSITION_HEADER, ...rows.positions].join("\n") + "\n",
    );
    console.error(
      `seed study: ${spec.seedStudyHiddens.length} widths × ${spec.seedStudySeeds.length} seeds ` +
        `in ${((performance.now() - s0) / 1000).toFixed(1)} s; load ${load()}`,
    );
  };
  if (seedsOnly) {
    writeSeeds();
    Deno.exit(0);
  }
  const lines = ladderLines(spec, hiddens, (hidden, _n, c) => {
    if (hidden !== last) {
      rungStart = performance.now();
      last = hidden;
    }
    const s = (performance.now() - rungStart) / 1000;
    console.error(
      `H=${hidden} step ${c.step}: EM ${c.metrics.exactMatch.toFixed(4)} acc ${
        c.metrics.tokenAccuracy.toFixed(4)
      } NLL ${c.metrics.meanNll.toFixed(4)} | ${s.toFixed(1)} s, ${
        (c.tokens / s).toFixed(0)
      } answer tokens/s (incl. evaluation); load ${load()}`,
    );
  });
  const total = (performance.now() - t0) / 1000;
  const tokens = hiddens.length * spec.steps * spec.batch * k;
  console.error(
    `done: ${total.toFixed(1)} s wall, ${tokens} answer tokens, ${
      (tokens / total).toFixed(0)
    } tokens/s overall; load ${load()}`,
  );
  Deno.mkdirSync(out, { recursive: true });
  const write = (name: string, header: string, rows: string[]) =>
    Deno.writeTextFileSync(`${out}/${name}${suffix}.csv`, [header, ...rows].join("\n") + "\n");
  write("ladder-checkpoints", CHECKPOINT_HEADER, lines.checkpoints);
  write("ladder-positions", POSITION_HEADER, lines.positions);
  write("ladder-subsets", SUBSET_HEADER, lines.subsets);
  if (!only) writeSeeds(lines);
}
