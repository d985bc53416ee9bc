/**
 * tools/unittest.ts runs every unit test file exactly once, and none of the integration,
 * browser or fault-injection tests.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { NOT_UNIT, unitGroups } from "../../tools/unittest.ts";
import { tsFiles } from "../../tools/ts_files.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

Deno.test("unittest: every unit test file once, grouped by its folder", () => {
  const all = tsFiles([`${ROOT}tests`]).map((p) => p.slice(ROOT.length))
    .filter((p) => p.endsWith("_test.ts"));
  const expected = all.filter((p) => !NOT_UNIT.some((n) => p === n || p.startsWith(`${n}/`)))
    .sort();
  const groups = unitGroups(ROOT);
  const grouped = [...groups.values()].flat().sort();
  assert.deepEqual(grouped, expected);
  assert.ok(grouped.includes("tests/tools/unittest_test.ts"));
  assert.ok(!grouped.some((p) => p.startsWith("tests/book/")), "integration tests excluded");
  assert.ok(!grouped.includes("tests/tools/build_faults_test.ts"), "fault suite excluded");
  for (const [dir, files] of groups) {
    for (const f of files) assert.equal(f.slice(0, f.lastIndexOf("/")), dir, `${f} in ${dir}`);
  }
});
