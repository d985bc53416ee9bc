import assert from "node:assert/strict";
import fc from "fast-check";
import { parsePythonJson } from "../../lib/data/python_json.ts";

Deno.test("parsePythonJson agrees with JSON.parse on any JSON, and reads NaN/Infinity as null", () => {
  fc.assert(
    fc.property(fc.json(), (text) => {
      assert.equal(JSON.stringify(parsePythonJson(text)), JSON.stringify(JSON.parse(text)));
    }),
    { seed: 9, numRuns: 500 },
  );
  assert.deepEqual(
    JSON.stringify(parsePythonJson('[NaN, Infinity, -Infinity, "NaN", -0.5e-3, "\\u00e9\\n"]')),
    '[null,null,null,"NaN",-0.0005,"é\\n"]',
  );
  const o = parsePythonJson('{"__proto__": {"polluted": 1}, "a": {"b": 2}}') as Record<
    string,
    unknown
  >;
  assert.equal(Object.getPrototypeOf(o), null);
  assert.deepEqual(Object.keys(o), ["__proto__", "a"]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  for (const bad of ["", "{", '{"a" 1}', "[1,]", '{"a":1,}', "01", "nan", '"\u0001"', "1 2"]) {
    assert.throws(() => parsePythonJson(bad), SyntaxError, bad);
  }
});

Deno.test("parsePythonJson with a keep policy builds only the parts asked for", () => {
  const text = '{"a": {"x": 1, "y": [2, NaN], "z": "s"}, "b": 3, "c": {"d": 4}}';
  // "*" names the keys not listed; keys of an object without "*" are skipped
  assert.equal(
    JSON.stringify(parsePythonJson(text, { a: { "*": "all", y: "skip" }, c: "all" })),
    '{"a":{"x":1,"z":"s"},"c":{"d":4}}',
  );
  assert.equal(JSON.stringify(parsePythonJson(text, { b: "all" })), '{"b":3}');
  assert.equal(parsePythonJson(text, "skip"), null);
  // a skipped part is still checked for structure
  assert.throws(() => parsePythonJson('{"a": 1, "b": [1 2]}', { a: "all" }), SyntaxError);
});
