import assert from "node:assert/strict";
import {
  misconceptionMarkdown,
  misconceptions,
} from "../../../lib/book/glossary/misconceptions.ts";
import { glossary, termMarkdown } from "../../../lib/book/glossary/terms.ts";
import { voiceFindings } from "../../../lib/book/voice.ts";
import { formatZeroCount } from "../../../lib/stats/wilson.ts";

Deno.test("misconception 'flat means not learning': 0 of n with the Wilson upper bound, not 1/n", () => {
  const m = misconceptions.find((x) => x.id === "flat-means-not-learning")!;
  assert.match(m.reality, /0\/n \(95 % upper bound 3\.84\/\(n \+ 3\.84\)\)/);
  assert.deepEqual(voiceFindings(misconceptionMarkdown(m), m.id), []);
  // the wording agrees with the one formatter
  assert.match(formatZeroCount(200), /^0\/200 \(95 % upper bound 0\.019\)$/);
});

Deno.test("glossary: Wilson interval and chain model entries exist; Brier is a sum over options", () => {
  const byId = new Map(glossary.map((t) => [t.id, t]));
  const w = byId.get("wilson-interval")!;
  assert.match(w.definition, /3\.84\/\(n \+ 3\.84\)/);
  const c = byId.get("chain-model")!;
  assert.match(c.definition, /sigmoid chain model/);
  assert.match(c.definition, /power-law chain model/);
  assert.match(c.definition, /ln k \/ s/);
  const b = byId.get("brier-score")!;
  assert.match(b.definition, /sum over the options/);
  assert.match(b.definition, /from 0 .* to 2/);
  assert.ok(b.pointers.some((p) => p.notebook === "06-two-metrics-one-pass"));
  const nll = byId.get("token-nll")!;
  assert.match(nll.definition, /not −ln p/);
  for (const t of glossary) assert.deepEqual(voiceFindings(termMarkdown(t), t.id), []);
});

Deno.test("glossary token-nll: the −ln p and NLL it quotes are chapter 10's width-32 data", () => {
  const root = new URL("../../../", import.meta.url);
  const csv = (f: string) => {
    const [head, ...lines] = Deno.readTextFileSync(new URL(`data/${f}`, root)).trim().split("\n");
    const cols = head.split(",");
    return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
  };
  const last = csv("ladder-checkpoints.csv").filter((r) => r.hidden === "32")
    .reduce((a, b) => Number(b.step) > Number(a.step) ? b : a);
  const nll = glossary.find((t) => t.id === "token-nll")!.definition;
  assert.match(nll, new RegExp(`−ln p = ${(-Math.log(Number(last.token_accuracy))).toFixed(3)}`));
  assert.match(nll, new RegExp(`NLL of ${Number(last.mean_nll).toFixed(3)}`));
});
