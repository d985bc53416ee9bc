import { assert } from "../assert.ts";
import { checkClose } from "../../lib/book/check.ts";

Deno.test("checkClose: agreement within the tolerance passes silently", () => {
  assert.equal(checkClose(0.1 + 0.2, 0.3, 1e-15), undefined);
  assert.equal(checkClose(8589, 8589, 0), undefined);
  assert.equal(checkClose(1, 1 + 5e-13), undefined); // default tolerance 1e-12
  assert.equal(checkClose(0.5, 0.75, 0.25), undefined); // the bound is inclusive
});

Deno.test("checkClose: disagreement throws with both values and the label", () => {
  assert.throws(
    () => checkClose(0.5, 0.25, 1e-12, "p^2 at p = 0.5"),
    { message: "p^2 at p = 0.5: by hand 0.5, library 0.25: they differ by 0.25, more than 1e-12" },
  );
  assert.throws(() => checkClose(8589, 8590, 0), /by hand 8589, library 8590/);
  assert.throws(() => checkClose(1, 1 + 3e-12), /more than 1e-12/);
  assert.throws(() => checkClose(0.5, 0.75, 0.125), /differ by 0.25, more than 0.125/);
});

Deno.test("checkClose: NaN, infinities and bad tolerances are refused by name", () => {
  assert.throws(() => checkClose(NaN, 1), { name: "RangeError", message: /byHand .* got NaN/ });
  assert.throws(() => checkClose(1, Infinity, 1, "n"), {
    name: "RangeError",
    message: "n: library must be a finite number, got Infinity",
  });
  assert.throws(() => checkClose(1, 1, -1), { name: "RangeError", message: /tolerance/ });
  assert.throws(() => checkClose(1, 1, NaN), { name: "RangeError", message: /tolerance/ });
});
