import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { fileNames, readJsonFiles } from "../../lib/data/json_files.ts";

Deno.test("readJsonFiles: every .json file of a folder, parsed, in name order", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/b.json`, '{"n": 2}');
    await Deno.writeTextFile(`${dir}/a-b.json`, "[1]");
    await Deno.writeTextFile(`${dir}/a.json`, '"x"');
    await Deno.writeTextFile(`${dir}/README.md`, "not data");
    await Deno.mkdir(`${dir}/c.json`);
    assert.deepEqual(fileNames(dir, ".json"), ["a-b.json", "a.json", "b.json"]);
    const files = readJsonFiles(pathToFileURL(`${dir}/`));
    assert.deepEqual(files, [
      { name: "a-b.json", path: `${dir}/a-b.json`, value: [1] },
      { name: "a.json", path: `${dir}/a.json`, value: "x" },
      { name: "b.json", path: `${dir}/b.json`, value: { n: 2 } },
    ]);
    await Deno.writeTextFile(`${dir}/d.json`, '{"n": }');
    assert.throws(
      () => readJsonFiles(dir),
      (e: Error) => e.message.startsWith(`${dir}/d.json: not valid JSON (`),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  assert.throws(
    () => fileNames("/no/such/dir", ".json"),
    /^Error: \/no\/such\/dir: cannot read folder/,
  );
  assert.throws(() => readJsonFiles("/no/such/dir"), /\/no\/such\/dir: cannot read folder/);
});
