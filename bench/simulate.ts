/**
 * Simulation benchmark: the same Bernoulli chain simulation (same scales, n, k; per scale the
 * counts of correct tokens and of exact matches) timed three ways in one run:
 *
 * 1. this project's TypeScript (`simulateChain`, Monte-Carlo path, bit-sliced Bernoulli),
 * 2. a vectorized numpy script (`rng.random((n, k)) < p`, float64 and float32 uniforms),
 * 3. a plain-Python loop with one `random.random()` per token (like the seed's script).
 *
 * Usage: `deno run -A bench/simulate.ts` (Python from `$BENCH_PYTHON`, default
 * `.venv/bin/python`). Each implementation times itself after a warm-up (interpreter start-up
 * excluded); the table shows medians and the speed-up of TypeScript over each. Every
 * implementation's counts are checked against p^k (within 5 binomial standard errors) so a
 * fast wrong answer cannot win.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { simulateChain } from "../lib/sim/chain_simulation.ts";
import { perTokenAccuracy } from "../lib/math/sigmoid.ts";

const PY = Deno.env.get("BENCH_PYTHON") ??
  fileURLToPath(new URL("../.venv/bin/python", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));

const xs = Array.from({ length: 25 }, (_, i) => 19 + i * 0.25);
const config = { xs, x0: 22, s: 1.5, k: 8, n: 100_000, seed: 1 };
const REPEATS = { ts: 9, numpy: 7, plain: 3 };

interface Result {
  name: string;
  times: number[];
  tokens: number[];
  em: number[];
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function runTs(): Result {
  simulateChain(config); // warm-up (JIT)
  const times: number[] = [];
  let rows = simulateChain(config);
  for (let r = 0; r < REPEATS.ts; r++) {
    const t = performance.now();
    rows = simulateChain({ ...config, seed: config.seed + r });
    times.push((performance.now() - t) / 1000);
  }
  return {
    name: "TypeScript (this book, bit-sliced Bernoulli)",
    times,
    tokens: rows.map((r) => r.tokenCorrect),
    em: rows.map((r) => r.emSuccesses),
  };
}

async function runPython(script: string, name: string, extra: Record<string, unknown>) {
  const cmd = new Deno.Command(PY, {
    args: [HERE + script],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  });
  const child = cmd.spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify({ ...config, ...extra })));
  await writer.close();
  const out = await child.output();
  if (!out.success) {
    throw new Error(`${script} failed: ${new TextDecoder().decode(out.stderr)}`);
  }
  return { name, ...JSON.parse(new TextDecoder().decode(out.stdout)) } as Result;
}

function check(r: Result): void {
  config.xs.forEach((x, i) => {
    const p = perTokenAccuracy(x, config.x0, config.s);
    const q = p ** config.k;
    const nTok = config.n * config.k;
    const okEm = Math.abs(r.em[i] - config.n * q) <= 5 * Math.sqrt(config.n * q * (1 - q)) + 1;
    const okTok = Math.abs(r.tokens[i] - nTok * p) <= 5 * Math.sqrt(nTok * p * (1 - p)) + 1;
    if (!okEm || !okTok) {
      throw new Error(`${r.name}: counts at x=${x} disagree with p^k (em ${r.em[i]})`);
    }
  });
}

const results: Result[] = [runTs()];
results.push(
  await runPython("simulate_numpy.py", "numpy, vectorized (float64 uniforms)", {
    repeats: REPEATS.numpy,
    dtype: "float64",
  }),
);
results.push(
  await runPython("simulate_numpy.py", "numpy, vectorized (float32 uniforms)", {
    repeats: REPEATS.numpy,
    dtype: "float32",
  }),
);
results.push(
  await runPython("simulate_plain.py", "plain Python loop", { repeats: REPEATS.plain }),
);
results.forEach(check);

const ts = median(results[0].times);
const draws = config.xs.length * config.n * config.k;
const load = Deno.loadavg().map((l) => l.toFixed(2)).join(", ");
const lines = [
  `Simulation: ${config.xs.length} scales × n = ${config.n} answers × k = ${config.k} tokens ` +
  `= ${draws.toLocaleString("en-US")} Bernoulli draws per run; load average ${load}.`,
  "",
  "| implementation | runs | median time (ms) | TypeScript speed-up |",
  "|---|---:|---:|---:|",
  ...results.map((r) => {
    const m = median(r.times);
    return `| ${r.name} | ${r.times.length} | ${(m * 1000).toFixed(1)} | ${(m / ts).toFixed(1)}× |`;
  }),
];
console.log(lines.join("\n"));
