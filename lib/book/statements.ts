/**
 * A common statement about the model, checked: the statement in the book's words, a verdict,
 * and the evidence computed by the library. Chapters 3 and 4 each check the statements about
 * their own topic and show them with {@link statementRows}.
 *
 * @module
 */

/** Verdict on a statement. */
export type StatementVerdict = "holds" | "holds weakly" | "misleading" | "wrong";

/** One checked statement. */
export interface CheckedStatement {
  /** stable id, used in links and tests */
  id: string;
  /** the statement, in the book's words */
  claim: string;
  /** the verdict */
  verdict: StatementVerdict;
  /** the evidence, computed, with the numbers formatted for reading */
  evidence: string;
}

/**
 * The rows of a statements table: statement, verdict, evidence.
 *
 * @param statements the checked statements
 * @returns one row per statement, in order
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { statementRows } from "./statements.ts";
 * const rows = statementRows([{ id: "a", claim: "p^1 = p", verdict: "holds", evidence: "k = 1" }]);
 * assert.deepEqual(rows, [{ statement: "p^1 = p", verdict: "holds", evidence: "k = 1" }]);
 * ```
 */
export function statementRows(
  statements: readonly CheckedStatement[],
): { statement: string; verdict: StatementVerdict; evidence: string }[] {
  return statements.map((s) => ({ statement: s.claim, verdict: s.verdict, evidence: s.evidence }));
}
