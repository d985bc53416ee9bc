import assert from "node:assert/strict";
import { pathName, readDataFile, readDataFileSync } from "../../lib/data/read.ts";
import { pathToFileURL } from "node:url";

Deno.test("pathName: a string path as given, a file: URL decoded to its path", () => {
  assert.equal(pathName("data/pythia-lambada.csv"), "data/pythia-lambada.csv");
  assert.equal(pathName(new URL("file:///tmp/with%20space/x.json")), "/tmp/with space/x.json");
});

Deno.test("readDataFile / readDataFileSync: the text, or an error naming the file", async () => {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, "a,b\n1,2\n");
    assert.equal(await readDataFile(path), "a,b\n1,2\n");
    assert.equal(readDataFileSync(pathToFileURL(path)), "a,b\n1,2\n");
  } finally {
    await Deno.remove(path);
  }
  await assert.rejects(
    readDataFile(new URL("file:///no/such%20dir/x.csv")),
    /^Error: \/no\/such dir\/x\.csv: cannot read file \(.+\)$/,
  );
  assert.throws(
    () => readDataFileSync("/no/such/dir/x.csv"),
    /^Error: \/no\/such\/dir\/x\.csv: cannot read file \(.+\)$/,
  );
});
