import assert from "node:assert/strict";
import { constantColumnsToCaption } from "../../lib/format/constant_columns.ts";

Deno.test("constant columns: moved to the caption in column order; empty ones dropped", () => {
  const t = constantColumnsToCaption([
    { model: "a", window: "10%", points: 2, note: "", err: 1 },
    { model: "b", window: "10%", points: 2, note: "", err: 2 },
  ], "Title");
  assert.deepEqual(t.rows, [{ model: "a", err: 1 }, { model: "b", err: 2 }]);
  assert.equal(t.caption, "Title. In every row: window: 10%; points: 2.");
});

Deno.test("constant columns: kept columns stay; a title ending in a stop keeps it", () => {
  const t = constantColumnsToCaption([{ form: "power", x: 1 }], "Done.", ["form"]);
  assert.deepEqual(t.rows, [{ form: "power" }]);
  assert.equal(t.caption, "Done. In every row: x: 1.");
  const same = constantColumnsToCaption([{ a: NaN }, { a: NaN }], "NaN is one value");
  assert.equal(same.caption, "NaN is one value. In every row: a: NaN.");
  const none = constantColumnsToCaption([{ a: 1 }, { a: 2 }], "Nothing moves");
  assert.equal(none.caption, "Nothing moves.");
});

Deno.test("constant columns: bad input is named", () => {
  assert.throws(() => constantColumnsToCaption([], "Empty"), /no rows for "Empty"/);
  assert.throws(
    () => constantColumnsToCaption([{ a: 1, b: 2 }, { a: 1 }], "T"),
    /row 1 of "T" has no column "b"/,
  );
});
