"""Plain-Python loop version of the Bernoulli chain simulation (one random.random() per
token, as in the seed's script). Same protocol as simulate_numpy.py."""
import json
import math
import random
import sys
import time


def simulate(rng, xs, x0, s, k, n):
    tokens, em = [], []
    for x in xs:
        p = 1.0 / (1.0 + math.exp(-(x - x0) * s))
        correct = 0
        exact = 0
        for _ in range(n):
            all_right = True
            for _ in range(k):
                if rng.random() < p:
                    correct += 1
                else:
                    all_right = False
            if all_right:
                exact += 1
        tokens.append(correct)
        em.append(exact)
    return tokens, em


def main():
    cfg = json.load(sys.stdin)
    rng = random.Random(cfg["seed"])
    args = (cfg["xs"], cfg["x0"], cfg["s"], cfg["k"], cfg["n"])
    times = []
    for _ in range(cfg["repeats"]):
        t = time.perf_counter()
        tokens, em = simulate(rng, *args)
        times.append(time.perf_counter() - t)
    json.dump({"times": times, "tokens": tokens, "em": em}, sys.stdout)


main()
