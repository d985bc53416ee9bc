import assert from "node:assert/strict";
import { loadCsv, parseCsv } from "../../lib/data/csv.ts";

const schema = {
  columns: { model: "string", params: "number", n: "integer", acc: "number?", source: "string" },
  key: ["model"],
} as const;
const S = { columns: { ...schema.columns }, key: [...schema.key] };

Deno.test("parseCsv: types cells, keeps extra columns as strings, blank optional is null", () => {
  const rows = parseCsv(
    "model,params,n,acc,source,note\n" +
      'small,1.25E+08,2000,,"Brown et al. 2020, Table D.1",x\n' +
      "big,175e9,2000,0.804,paper,\n",
    S,
    "t.csv",
  );
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0], {
    model: "small",
    params: 125_000_000,
    n: 2000,
    acc: null,
    source: "Brown et al. 2020, Table D.1",
    note: "x",
  });
  assert.equal(rows[1].params, 175e9);
  assert.equal(rows[1].acc, 0.804);
});

Deno.test("parseCsv: CRLF and BOM are accepted", () => {
  const rows = parseCsv("\uFEFFmodel,params,n,acc,source\r\na,1,2,0.5,s\r\n", S, "w.csv");
  assert.equal(rows[0].n, 2);
});

Deno.test("parseCsv: each malformed input names file, line and column", () => {
  const h = "model,params,n,acc,source\n";
  const cases: [string, RegExp][] = [
    ["", /e\.csv: empty file/],
    ["   \n", /e\.csv: empty file/],
    [h, /e\.csv: header only, no data rows/],
    ["model,n,acc,source\na,1,0.5,s\n", /e\.csv line 1: missing column "params"/],
    ["model,params,params,n,acc,source\n", /e\.csv line 1: column "params" appears twice/],
    [h + "a,abc,1,0.5,s\n", /e\.csv line 2, column "params": "abc" is not a number/],
    [h + "a,,1,0.5,s\n", /e\.csv line 2, column "params": empty cell, expected number/],
    [h + "a,NaN,1,0.5,s\n", /line 2, column "params": "NaN" is not a number/],
    [h + "a,Infinity,1,0.5,s\n", /line 2, column "params": "Infinity" is not a number/],
    [h + "a,0x10,1,0.5,s\n", /line 2, column "params": "0x10" is not a number/],
    [h + "a,1,1.5,0.5,s\n", /line 2, column "n": "1.5" is not an integer/],
    [h + "a,1,1,0.5,s\nb,2,1,0.5\n", /e\.csv line 3: 4 cells, but the header has 5/],
    [
      h + "a,1,1,0.5,s\nb,2,1,0.5,s\na,3,1,0.5,s\n",
      /line 4: duplicate key model="a" \(first on line 2\)/,
    ],
    [h + "a,1,1,0.5,s\n\nb,2,1,0.5,s\n", /e\.csv line 3: blank line/],
    [h + 'a,1,1,0.5,"two\nlines"\n', /quoted cell contains a line break/],
  ];
  for (const [text, re] of cases) assert.throws(() => parseCsv(text, S, "e.csv"), re, text);
});

Deno.test("parseCsv: a key column missing from the schema is a schema error", () => {
  assert.throws(
    () => parseCsv("a\n1\n", { columns: { a: "number" }, key: ["b"] }, "k.csv"),
    /k\.csv: key column "b" is not in the schema/,
  );
});

Deno.test("loadCsv: a missing file names the path", async () => {
  await assert.rejects(
    () => loadCsv("/nonexistent/dir/x.csv", { columns: {} }),
    /\/nonexistent\/dir\/x\.csv: cannot read file/,
  );
});

Deno.test("parseCsv: trailing blank lines end the table; a blank line between rows does not", () => {
  const h = "model,params,n,acc,source\n";
  for (const tail of ["\n", "\n\n", "\n\n\n", "\r\n\r\n", "\n \n", "\n\t\n\n"]) {
    const rows = parseCsv(h + "a,1,1,0.5,s" + tail, S, "t.csv");
    assert.equal(rows.length, 1, JSON.stringify(tail));
    assert.equal(rows[0].source, "s");
  }
  assert.equal(parseCsv(h + "a,1,1,0.5,s", S, "t.csv").length, 1);
  assert.throws(
    () => parseCsv(h + "a,1,1,0.5,s\n\nb,2,1,0.5,s\n\n", S, "t.csv"),
    /line 3: blank line/,
  );
  // a quoted line break is still diagnosed as one, trailing newline or not
  assert.throws(
    () => parseCsv(h + 'a,1,1,0.5,"two\nlines"\n\n', S, "t.csv"),
    /quoted cell contains a line break/,
  );
});

Deno.test("parseCsv: positive columns reject zero and negative values, optional ones allow blanks", () => {
  const P = { columns: { model: "string", params: "positive", flops: "positive?" } } as const;
  const rows = parseCsv("model,params,flops\na,1.25e8,\nb,7,3e22\n", P, "p.csv");
  assert.deepEqual(rows.map((r) => [r.params, r.flops]), [[1.25e8, null], [7, 3e22]]);
  assert.throws(
    () => parseCsv("model,params,flops\na,-125000000,\n", P, "p.csv"),
    /p\.csv line 2, column "params": "-125000000" must be a number > 0/,
  );
  assert.throws(
    () => parseCsv("model,params,flops\na,1,0\n", P, "p.csv"),
    /p\.csv line 2, column "flops": "0" must be a number > 0/,
  );
  assert.throws(
    () => parseCsv("model,params,flops\na,-0,1\n", P, "p.csv"),
    /"-0" must be a number > 0/,
  );
});
