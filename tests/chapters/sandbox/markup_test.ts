import { parseHTML } from "linkedom";
import { assert } from "../../assert.ts";
import { inlineScript, sandboxMarkup } from "../../../lib/chapters/sandbox/markup.ts";
import { CONTROLS } from "../../../lib/chapters/sandbox/state.ts";

function dom(html: string) {
  return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document;
}

Deno.test("sandboxMarkup: every input is labelled, ranges and values match the state", () => {
  const doc = dom(sandboxMarkup({ script: "void 0;", state: { k: 8, x0: 23.5, s: 2 } }));
  const root = doc.querySelector("[data-emergence-sandbox]")!;
  assert.ok(root.hasAttribute("hidden"), "starts hidden: without JS only the static figure shows");
  assert.deepEqual(JSON.parse(root.getAttribute("data-state")!), {
    k: 8,
    x0: 23.5,
    s: 2,
    metric: "exact-match",
  });
  for (const [name, value] of [["k", "8"], ["x0", "23.5"], ["s", "2"]] as const) {
    const range = doc.querySelector(`input[type=range][data-control=${name}]`)!;
    const num = doc.querySelector(`input[type=text][data-control=${name}]`)!;
    assert.equal(
      num.getAttribute("inputmode"),
      "decimal",
      "a text input: the page sees what was typed",
    );
    assert.equal(range.getAttribute("value"), value);
    assert.equal(num.getAttribute("value"), value);
    assert.equal(range.getAttribute("min"), String(CONTROLS[name].min));
    assert.equal(range.getAttribute("max"), String(CONTROLS[name].max));
    const label = doc.querySelector(`label[for="${range.getAttribute("id")}"]`);
    assert.equal(label?.textContent, CONTROLS[name].label, `${name} slider has a <label for>`);
    assert.match(num.getAttribute("aria-label")!, /typed value$/);
    assert.ok(doc.getElementById(range.getAttribute("aria-describedby")!), "help text exists");
  }
  const radios = [...doc.querySelectorAll("input[type=radio]")];
  assert.deepEqual(radios.map((r) => r.getAttribute("value")), ["exact-match", "mean-loglik"]);
  assert.ok(radios[0].hasAttribute("checked") && !radios[1].hasAttribute("checked"));
  const live = doc.querySelector('[data-role="message"]')!;
  assert.equal(live.getAttribute("aria-live"), "polite");
  assert.equal(doc.querySelectorAll('[data-role="values"] dd').length, 6);
  // only the elbow line is a live region (the whole panel would flood a screen reader)
  assert.deepEqual(
    [...doc.querySelectorAll('[data-role="values"] [aria-live]')].map((e) =>
      e.getAttribute("data-key")
    ),
    ["elbow"],
  );
  assert.match(doc.querySelector("noscript")!.textContent!, /needs JavaScript/);
});

Deno.test("sandboxMarkup: ids are unique and prefixed; a bad prefix throws", () => {
  const html = sandboxMarkup({ script: "1", id: "sb2" });
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every((id) => id.startsWith("sb2")));
  assert.throws(() => sandboxMarkup({ script: "1", id: "a b" }), /id must be letters/);
  assert.throws(() => sandboxMarkup({ script: "  " }), /bundled script is empty/);
  assert.throws(() => sandboxMarkup({ script: "1", state: { k: 99 } }), /k must lie in/);
});

Deno.test("inlineScript: a script containing </script> cannot end the element early", () => {
  const evil = 'const a = "</script><b>x</b>"; const b = "</SCRIPT >"; // <!-- c';
  const html = sandboxMarkup({ script: evil });
  assert.equal(html.match(/<\/script/gi)!.length, 1, "only the real closing tag remains");
  assert.equal(inlineScript("a<!--b"), "a<\\!--b");
  // the escaped text means the same to JavaScript
  assert.equal(new Function(`return "${inlineScript("</script>")}"`)(), "</script>");
});
