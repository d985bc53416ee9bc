import assert from "node:assert/strict";
import { OKABE_ITO, SERIES_COLOURS, SERIES_DASHES, seriesStyle } from "../../lib/figures/style.ts";

Deno.test("style: Okabe–Ito only, distinct dash patterns, no red/green pair", () => {
  const okabe = new Set(Object.values(OKABE_ITO));
  for (const c of SERIES_COLOURS) assert.ok(okabe.has(c as never), `${c} is Okabe–Ito`);
  assert.equal(new Set(SERIES_DASHES).size, SERIES_DASHES.length, "every dash pattern differs");
  assert.equal(seriesStyle(0).strokeDasharray, undefined, "the first series is solid");
  assert.throws(() => seriesStyle(SERIES_DASHES.length), /series index must be 0 … 6, got 7/);
  assert.throws(() => seriesStyle(-1), /got -1/);
});
