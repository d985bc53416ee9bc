/**
 * tools/unittest.ts runs every unit test file exactly once, and none of the integration,
 * browser or fault-injection tests.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { NOT_UNIT, unitGroups } from "../../tools/unittest.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

Deno.test("unittest: every unit test file once, grouped by its folder", () => {
  const all: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(`${ROOT}${dir}`)) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) walk(p);
      else if (e.name.endsWith("_test.ts")) all.push(p);
    }
  };
  walk("tests");
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
