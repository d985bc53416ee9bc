import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import {
  chapterNumber,
  checkedClaims,
  claimMarkdown,
} from "../../../lib/chapters/claims-checked/claims.ts";
import { voiceFindings } from "../../../lib/book/voice.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const claims = checkedClaims();
const byId = new Map(claims.map((c) => [c.id, c]));

Deno.test("claims: at least ten, unique ids, allowed verdicts, every one linked and sourced", () => {
  assert.ok(claims.length >= 10, `${claims.length} claims`);
  assert.equal(byId.size, claims.length);
  const notebooks = [...Deno.readDirSync(`${ROOT}notebooks`)].map((e) => e.name);
  for (const c of claims) {
    assert.ok(
      ["holds", "holds weakly", "misleading", "wrong", "unsourced"].includes(c.verdict),
      c.id,
    );
    const nb = notebooks.find((n) => n === `${c.chapter}.ipynb`);
    assert.ok(nb, `${c.id}: no notebook ${c.chapter}`);
    if (c.figure) {
      const text = Deno.readTextFileSync(`${ROOT}notebooks/${nb}`);
      assert.ok(text.includes(`\\"${c.figure}\\"`), `${c.id}: ${c.figure} not shown in ${nb}`);
    }
    assert.ok(c.sources.length > 0, c.id);
    for (const k of c.sources) {
      Deno.statSync(`${ROOT}book/references/${k}.json`); // throws if the entry is missing
    }
    assert.deepEqual(voiceFindings(claimMarkdown(c, 1), c.id), []);
  }
  assert.equal(chapterNumber("03-sudden-jump-math"), 3);
  assert.throws(() => chapterNumber("glossary"), /two-digit/);
});

Deno.test("claims: the computed evidence carries the right numbers", () => {
  // 20·0.95^19 = 7.5468, 20·0.99^19 = 16.52; at p = 20/21, 20·(20/21)^19 = 7.91 (by hand)
  assert.match(
    byId.get("k-times-steeper")!.evidence,
    /7\.55 at p = 0\.95, 16\.5 at p = 0\.99 and 7\.91/,
  );
  // widths 2.93 (k = 1) and 2.09 (k = 20) decades at s = 1.5; Gompertz limit 3.0844/1.5 = 2.056
  const chains = byId.get("longer-chains-steeper")!;
  assert.equal(chains.verdict, "holds weakly");
  assert.match(chains.evidence, /2\.93 decades at k = 1 and 2\.09 at k = 20/);
  assert.match(chains.evidence, /Gompertz limit 2\.06/);
  assert.match(chains.evidence, /by 2\.23 decades .* ln k \/ s = 2\.00/);
  // 0 of 200: 3.8415/203.8415 = 0.01885, 3.77 × 1/200
  const zero = byId.get("zero-below-one-over-n")!;
  assert.equal(zero.verdict, "wrong");
  assert.match(zero.evidence, /reaches 0\.019, .* 3\.77 times one in n/);
  assert.match(zero.evidence, /0\/200 \(95 % upper bound 0\.019\)/);
  // Chinchilla with both constant sets: 1.93665 and 1.97388 nats; 63 vs 20 tokens per parameter
  assert.match(byId.get("loss-within-few-percent")!.evidence, /1\.937 nats .* refit 1\.974/);
  assert.match(byId.get("loss-within-few-percent")!.evidence, /63 against 20 tokens per parameter/);
  // chain of thought: log10(2.9/1.3) = 0.348 decades between the two Table 1 rows
  assert.match(byId.get("fixed-size")!.evidence, /LaMDA 68B .* PaLM 62B .* 0\.35 decades/);
  // the 10 % pure-law fits of chapter 12 miss every one of the 16 Pythia runs by 17–34 %
  assert.equal(byId.get("first-ten-percent")!.verdict, "wrong");
  assert.match(
    byId.get("first-ten-percent")!.evidence,
    /in 0 of 16 runs; it misses by 17 % to 34 %, always low/,
  );
  assert.match(byId.get("loss-within-few-percent")!.evidence, /in 12 of the 16 runs/);
  assert.match(byId.get("inverse-scaling-dozen")!.evidence, /11 winning tasks/);
  // Brown et al. 2020, Table 3.9: 2D+ 100.0, 3D+ 80.4, 4D+ 25.5, 5D+ 9.3 (few-shot, 175B)
  assert.equal(byId.get("gpt3-digits")!.verdict, "holds");
  assert.match(
    byId.get("gpt3-digits")!.evidence,
    /2D\+ 100 %, 3D\+ 80\.4 %, 4D\+ 25\.5 %, 5D\+ 9\.3 %/,
  );
});
