import { assert } from "../assert.ts";
import { alignNumericColumns } from "../../tools/site/tables.ts";
import { tableMarkup } from "../../lib/book/display.ts";

Deno.test("numeric columns are marked for right alignment, text columns are not", () => {
  const { html } = tableMarkup([
    { task: "2D+", em: "0.555 [0.533, 0.577]", p: 0.8218, n: 2000, note: "13B" },
    { task: "5D-", em: "0/2000 (95 % upper bound 0.0019)", p: -1.5e-7, n: 2000, note: "" },
  ]);
  const out = alignNumericColumns(html);
  const heads = [...out.matchAll(/<th( class="num")?>([^<]*)<\/th>/g)].map((m) => [m[2], !!m[1]]);
  assert.deepEqual(heads, [["task", false], ["em", true], ["p", true], ["n", true], [
    "note",
    false,
  ]]);
  assert.equal((out.match(/<td class="num">/g) ?? []).length, 6);
  assert.equal(alignNumericColumns("<p>not a table</p>"), "<p>not a table</p>");
});
