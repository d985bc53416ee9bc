/**
 * Forward-pass metric benchmark: `scoreForwardPass` against numpy on the same logits
 * (B = 64, T = 128, V = 50 000, float32: 1.6 GB), the same targets and answer mask.
 *
 * Usage: `deno run -A bench/forward_pass.ts` (Python from `$BENCH_PYTHON`, default
 * `.venv/bin/python`; needs about 5 GB of free memory). Two cases: every position scored
 * (answer = T), and a 16-token answer span. Logits are a multiplicative hash of the flat index
 * computed in 32-bit integer arithmetic, so TypeScript and numpy see identical float32 values
 * and their metrics are compared (they must agree to 1e−4 relative) before any time is shown.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { scoreForwardPass } from "../lib/metrics/forward_pass.ts";

const PY = Deno.env.get("BENCH_PYTHON") ??
  fileURLToPath(new URL("../.venv/bin/python", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));
const B = 64, T = 128, V = 50_000;
const REPEATS = 5;

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function makeInputs(answer: number) {
  const n = B * T * V;
  const logits = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const h = Math.imul(i, 2654435761 | 0) >>> 8;
    // same float32 arithmetic as numpy: round(h) · round(20/2^24) − 10, each step in float32
    logits[i] = Math.fround(Math.fround(h * Math.fround(20 / 16777216)) - 10);
  }
  const targets = new Int32Array(B * T);
  const mask = new Uint8Array(B * T);
  for (let p = 0; p < B * T; p++) {
    targets[p] = (p * 7919) % V;
    if (p % T >= T - answer) mask[p] = 1;
  }
  return { logits, targets, mask };
}

type Metrics = Record<string, number>;

async function runNumpy(answer: number, mode: string) {
  const child = new Deno.Command(PY, {
    args: [HERE + "forward_pass_numpy.py"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(
    new TextEncoder().encode(JSON.stringify({ B, T, V, answer, mode, repeats: REPEATS })),
  );
  await w.close();
  const out = await child.output();
  if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
  return JSON.parse(new TextDecoder().decode(out.stdout)) as { times: number[]; metrics: Metrics };
}

function compare(a: Metrics, b: Metrics): void {
  for (const key of Object.keys(b)) {
    const x = a[key], y = b[key];
    if (!(Math.abs(x - y) <= 1e-4 * Math.max(1, Math.abs(y)))) {
      throw new Error(`metric ${key} disagrees: TypeScript ${x}, numpy ${y}`);
    }
  }
}

const lines = [
  `Forward-pass scoring, B = ${B}, T = ${T}, V = ${V.toLocaleString("en-US")} (float32 logits, ${
    (B * T * V * 4 / 1e9).toFixed(2)
  } GB); median of ${REPEATS} runs each; load average ${
    Deno.loadavg().map((l) => l.toFixed(2)).join(", ")
  }.`,
  "",
  "| scored positions | TypeScript (ms) | numpy, full tensor (ms) | numpy, gather first (ms) | TS speed vs best numpy |",
  "|---|---:|---:|---:|---:|",
];
for (const answer of [T, 16]) {
  let inputs: ReturnType<typeof makeInputs> | undefined = makeInputs(answer);
  const pass = {
    logits: inputs.logits,
    shape: [B, T, V] as [number, number, number],
    targets: inputs.targets,
    answerMask: inputs.mask,
  };
  scoreForwardPass(pass); // warm-up
  const times: number[] = [];
  let s = scoreForwardPass(pass);
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    s = scoreForwardPass(pass);
    times.push(performance.now() - t);
  }
  const mine: Metrics = {
    exactMatch: s.exactMatch,
    tokenAccuracy: s.tokenAccuracy,
    meanTokenNll: s.meanTokenNll,
    brier: s.brier,
    meanEditDistance: s.meanEditDistance,
  };
  inputs = undefined; // let the 1.6 GB go before numpy allocates its own copy
  const full = await runNumpy(answer, "full");
  const gather = await runNumpy(answer, "gather");
  compare(mine, full.metrics);
  compare(mine, gather.metrics);
  const ts = median(times);
  const tf = median(full.times) * 1000, tg = median(gather.times) * 1000;
  lines.push(
    `| ${answer === T ? `all ${B * T}` : `answer span ${B}×${answer}`} | ${ts.toFixed(0)} | ${
      tf.toFixed(0)
    } | ${tg.toFixed(0)} | ${(Math.min(tf, tg) / ts).toFixed(2)}× |`,
  );
}
console.log(lines.join("\n"));
