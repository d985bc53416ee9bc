/**
 * The alternative to redrawing the sandbox in the browser: rendering the same chart in the
 * kernel (Deno, linkedom) and serializing it to standalone SVG, which is the least work a
 * kernel round trip per slider move would need (before any messaging, which the Deno kernel
 * does not offer anyway: no comms). Same 200 moves of k as bench/sandbox_redraw.mjs.
 *
 * Usage: `deno run -A bench/sandbox_redraw_kernel.ts` (prints one JSON line; run by
 * bench/sandbox_redraw.mjs for the side-by-side table).
 *
 * @module
 */
import { sampleSandbox } from "../lib/chapters/sandbox/curves.ts";
import { sandboxFigure } from "../lib/chapters/sandbox/figures.ts";
import { standaloneSvg } from "../lib/figures/render.ts";

/** The k values of the 200 moves: 1 → 50 → 1 → 50 … (one step per move). */
export function kSweep(moves: number): number[] {
  const ks: number[] = [];
  let k = 1, dir = 1;
  for (let i = 0; i < moves; i++) {
    if (k + dir > 50 || k + dir < 1) dir = -dir;
    k += dir;
    ks.push(k);
  }
  return ks;
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

if (import.meta.main) {
  const result: Record<string, number> = {};
  for (const metric of ["exact-match", "mean-loglik"] as const) {
    for (let w = 0; w < 20; w++) standaloneSvg(sandboxFigure(sampleSandbox({ k: 5, metric })), "w");
    const times: number[] = [];
    for (const k of kSweep(200)) {
      const t0 = performance.now();
      standaloneSvg(sandboxFigure(sampleSandbox({ k, metric })), "bench");
      times.push(performance.now() - t0);
    }
    result[metric] = median(times);
  }
  console.log(JSON.stringify({ kernelSvgMedianMs: result }));
}
