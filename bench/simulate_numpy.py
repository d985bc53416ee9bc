"""Vectorized numpy version of the Bernoulli chain simulation (bench/simulate.ts runs it).

Reads a JSON config on stdin: {"xs", "x0", "s", "k", "n", "repeats", "seed", "dtype"};
prints JSON {"times": [seconds per repeat], "tokens": [...], "em": [...]} on stdout.
Same trials and statistics as the TypeScript simulator: per scale, n answers of k tokens,
counts of correct tokens and of all-correct answers.
"""
import json
import sys
import time

import numpy as np


def simulate(rng, xs, x0, s, k, n, dtype):
    p = 1.0 / (1.0 + np.exp(-(np.asarray(xs) - x0) * s))
    tokens, em = [], []
    for pi in p:
        ok = rng.random((n, k), dtype=dtype) < pi
        tokens.append(int(ok.sum()))
        em.append(int(ok.all(axis=1).sum()))
    return tokens, em


def main():
    cfg = json.load(sys.stdin)
    rng = np.random.default_rng(cfg["seed"])
    dtype = np.float32 if cfg.get("dtype") == "float32" else np.float64
    args = (cfg["xs"], cfg["x0"], cfg["s"], cfg["k"], cfg["n"], dtype)
    simulate(rng, *args)  # warm-up
    times = []
    for _ in range(cfg["repeats"]):
        t = time.perf_counter()
        tokens, em = simulate(rng, *args)
        times.append(time.perf_counter() - t)
    json.dump({"times": times, "tokens": tokens, "em": em}, sys.stdout)


main()
