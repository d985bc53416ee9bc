/**
 * The real lm-eval per-sample excerpts in `tests/fixtures/lmeval/samples/` that the sample tests
 * share, read through the library's own loader.
 */
import { exampleSamples, loadSamples, type SampleRecord } from "../../lib/data/lmeval_samples.ts";

/** ARC-Easy excerpt of the `dummy` model. */
export const ARC = "dummy/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl";
/** COPA excerpt of `sshleifer/tiny-gpt2`. */
export const COPA_A = "sshleifer__tiny-gpt2/samples_copa_2026-10-01T23-15-32.942677.jsonl";
/** COPA excerpt of `hf-internal-testing/tiny-random-gpt2`. */
export const COPA_B =
  "hf-internal-testing__tiny-random-gpt2/samples_copa_2026-10-01T23-15-52.736695.jsonl";

/** The records of one excerpt. */
export const read = (f: string): SampleRecord[] => loadSamples(exampleSamples(f));
