/**
 * The book's voice rules as data: phrases a reader must never meet because they point at a
 * document the reader does not have, at how the book was written, or at a wrong zero-count
 * wording. "Seed" is allowed only where it means a random seed (followed by a number, or with
 * "random", "PRNG", "generator", "initial weights" or "seeds" nearby).
 *
 * @module
 */

/** One rule of the denylist. */
export interface VoiceRule {
  /** short name of the rule */
  id: string;
  /** the pattern (global, case-insensitive) */
  pattern: RegExp;
  /** why a reader should not meet it */
  why: string;
}

/** One place where a rule matched. */
export interface VoiceFinding {
  /** where the text came from (file and cell, say) */
  where: string;
  /** the rule's id */
  rule: string;
  /** the matched text with some context */
  excerpt: string;
}

/** The denylist. */
export const VOICE_RULES: readonly VoiceRule[] = Object.freeze([
  {
    id: "source-text",
    pattern:
      /\bsource (text|material|document)s?\b|\bthe source says\b|\bgrew from\b|\bstarted from\b/gi,
    why: "points at a document the reader does not have",
  },
  {
    id: "confirmed",
    pattern:
      /\b(not |un)?confirmed (in this session|here|for this book|at the time)|\bunconfirmed here\b|\bin this session\b/gi,
    why: "speaks of when the book was written",
  },
  {
    id: "checked-here",
    pattern: /\b(not )?(re-)?checked (here|for this book)\b|\bre-checked\b/gi,
    why: "speaks of how the book was written",
  },
  {
    id: "the-tests",
    pattern:
      /\bthe (unit )?tests? (check|assert|compare|retrain|use)\w*|\bthe test suite\b|\basserted in the tests\b|\btests\/[\w/]+_test\.ts\b/gi,
    why: "speaks of the book's test suite",
  },
  {
    id: "budget",
    pattern:
      /\b15-minute\b|\b2-core\b|\btwo CPU cores\b|\bload average\b|\bratios are in the README\b/gi,
    why: "speaks of the machine or the time budget the book was built under",
  },
  { id: "issue", pattern: /\bissue \d+\b/gi, why: "refers to the project's issue tracker" },
  {
    id: "below-1/n",
    pattern: /<\s?1\/(n|\d[\d,]*)\b|\bbelow (about |roughly )?1\/(n|\d[\d,]*)\b|\bbelow \$1\/n\$/gi,
    why: "0 of n is shown as 0/n with its 95 % upper bound, not as below 1/n",
  },
]);

const SEED_WORD = /\bseed(?:'s)?\b/gi;
const RANDOM_CONTEXT =
  /random|prng|generator|initial weights|\brng\b|mulberry|replicate|\bseeds\b|seed study|per seed|one seed per|\.seed\b|safe integer/i;
const NUMBER_AFTER = /^\s*(=|:)?\s*(\$\{|`?\d)|^\s*\+|^\}/;

/**
 * Finds every denylisted phrase in a text, and every "seed" that is neither followed by a
 * number nor within 60 characters of a word about randomness.
 *
 * @param text the text to scan
 * @param where where it came from, for the findings
 * @returns the findings, in order of rule then position
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { voiceFindings } from "./voice.ts";
 * assert.equal(voiceFindings("The seed's source text says so.", "x").length, 2);
 * assert.equal(voiceFindings("simulated with seed 11", "x").length, 0);
 * ```
 */
export function voiceFindings(text: string, where: string): VoiceFinding[] {
  const out: VoiceFinding[] = [];
  const excerpt = (i: number, len: number) =>
    text.slice(Math.max(0, i - 40), i + len + 40).replace(/\s+/g, " ");
  for (const rule of VOICE_RULES) {
    for (const m of text.matchAll(new RegExp(rule.pattern.source, "gi"))) {
      out.push({ where, rule: rule.id, excerpt: excerpt(m.index!, m[0].length) });
    }
  }
  for (const m of text.matchAll(SEED_WORD)) {
    const i = m.index!;
    const around = text.slice(Math.max(0, i - 60), i + m[0].length + 60);
    const after = text.slice(i + m[0].length, i + m[0].length + 8);
    const numbered = !m[0].endsWith("'s") && NUMBER_AFTER.test(after);
    if (!numbered && !RANDOM_CONTEXT.test(around)) {
      out.push({ where, rule: "seed", excerpt: excerpt(i, m[0].length) });
    }
  }
  return out;
}
