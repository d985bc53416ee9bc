"""numpy version of the one-forward-pass scorer (bench/forward_pass.ts runs it).

Reads a JSON config on stdin {"B", "T", "V", "answer", "repeats"}; builds the same logits,
targets and mask as the TypeScript bench (a multiplicative hash of the flat index, computed
in uint32 arithmetic so both sides get identical float32 values); times the scoring of the
answer span: argmax, stable log-softmax NLL, Brier score, exact match, per-token accuracy and
token edit distance. Mode "full" computes on the whole (B, T, V) tensor and then masks (the
usual numpy idiom); mode "gather" first copies the answer positions out. Prints JSON with the
times and the metrics.
"""
import json
import sys
import time

import numpy as np


def make_inputs(B, T, V, answer):
    n = B * T * V
    logits = np.empty(n, dtype=np.float32)
    chunk = 1 << 24
    for start in range(0, n, chunk):
        i = np.arange(start, min(n, start + chunk), dtype=np.uint32)
        h = i * np.uint32(2654435761)  # wraps mod 2^32
        logits[start:start + len(i)] = (h >> np.uint32(8)).astype(np.float32) * np.float32(
            20.0 / 16777216.0) - np.float32(10.0)
    logits = logits.reshape(B, T, V)
    pos = np.arange(B * T, dtype=np.int64)
    targets = ((pos * 7919) % V).astype(np.int32).reshape(B, T)
    mask = np.zeros((B, T), dtype=bool)
    mask[:, T - answer:] = True
    return logits, targets, mask


def levenshtein(a, b):
    """Row-vectorized Levenshtein: insertions along the row via a cumulative minimum."""
    m = len(b)
    row = np.arange(m + 1)
    j = np.arange(m + 1)
    for i in range(1, len(a) + 1):
        cand = np.empty(m + 1, dtype=np.int64)
        cand[0] = i
        cand[1:] = np.minimum(row[1:] + 1, row[:-1] + (b != a[i - 1]))
        row = np.minimum.accumulate(cand - j) + j
    return int(row[m])


def score(logits, targets, mask, mode):
    if mode == "gather":
        z = logits[mask]  # (P, V) copy of answer positions
        tg = targets[mask]
    else:
        z = logits
        tg = targets
    m = z.max(axis=-1, keepdims=True)
    pred = z.argmax(axis=-1)
    e = z - m
    zt = np.take_along_axis(e, tg[..., None].astype(np.int64), axis=-1)[..., 0]
    np.exp(e, out=e)
    s = e.sum(axis=-1, dtype=np.float64)
    s2 = np.einsum("...v,...v->...", e, e, dtype=np.float64)
    nll = np.log(s) - zt
    qt = np.exp(zt.astype(np.float64)) / s
    brier = s2 / (s * s) - 2 * qt + 1
    if mode == "gather":
        B, T = mask.shape
        shape = (B, -1)  # fixed-length answer span per row in this bench
        nll, brier, pred, tg = nll.reshape(shape), brier.reshape(shape), pred.reshape(shape), tg.reshape(shape)
        msk = np.ones_like(pred, dtype=bool)
    else:
        msk = mask
    correct = (pred == tg) & msk
    ntok = msk.sum(axis=1)
    em = (correct.sum(axis=1) == ntok)
    ted = [levenshtein(pred[b][msk[b]], tg[b][msk[b]]) for b in range(pred.shape[0])]
    return {
        "exactMatch": float(em.mean()),
        "tokenAccuracy": float(correct.sum() / ntok.sum()),
        "meanTokenNll": float(nll[msk].sum() / ntok.sum()),
        "brier": float(brier[msk].sum() / ntok.sum()),
        "meanEditDistance": float(np.mean(ted)),
    }


def main():
    cfg = json.load(sys.stdin)
    logits, targets, mask = make_inputs(cfg["B"], cfg["T"], cfg["V"], cfg["answer"])
    times, out = [], None
    for _ in range(cfg["repeats"]):
        t = time.perf_counter()
        out = score(logits, targets, mask, cfg["mode"])
        times.append(time.perf_counter() - t)
    json.dump({"times": times, "metrics": out}, sys.stdout)


main()
