"""Golden values of DriftMetricsHiddenTest (drift-psi-ks). Run with /usr/bin/python3 (Debian's NumPy/SciPy).

Verified with NumPy 1.24.2 and SciPy 1.10.1. Prints every literal the hidden suite embeds, at full precision.
"""
import numpy as np
import scipy
from scipy import stats


def edges(ref, bins):
    return np.unique(np.quantile(np.asarray(ref, float), [i / bins for i in range(1, bins)]))


def counts(x, e):  # right-closed bins: edges[j-1] < x <= edges[j]
    return np.bincount(np.searchsorted(e, np.asarray(x, float), side="left"), minlength=len(e) + 1)


def psi(ref, cur, bins, eps):
    e = edges(ref, bins)
    pr = np.maximum(counts(ref, e) / len(ref), eps)
    pc = np.maximum(counts(cur, e) / len(cur), eps)
    return float(np.sum((pc - pr) * np.log(pc / pr)))


def ks(a, b):
    d = stats.ks_2samp(a, b).statistic
    return float(d), float(stats.kstwobign.sf(d * np.sqrt(len(a) * len(b) / (len(a) + len(b)))))


print("numpy", np.__version__, "scipy", scipy.__version__)
SPEC_REF = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 12]
SPEC_CUR = [2, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 15]
e = edges(SPEC_REF, 4)
print("spec edges", e.tolist(), "counts", counts(SPEC_REF, e).tolist(), counts(SPEC_CUR, e).tolist())
print("spec psi", repr(psi(SPEC_REF, SPEC_CUR, 4, 1e-4)), "swapped", repr(psi(SPEC_CUR, SPEC_REF, 4, 1e-4)))
print("spec ks", ks(SPEC_REF, SPEC_CUR))
print("tie ks", ks([1, 2, 2, 3], [2, 2, 3, 4]))
print("unequal ks", ks([0.1, 0.4, 0.35, 0.8, 0.65, 0.9, 0.3],
                       [0.2, 0.25, 0.6, 0.7, 0.75, 0.95, 1.1, 1.3, 0.05, 0.5, 0.55, 0.85]))
TIED_REF = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4]
TIED_CUR = [0.5, 0.5, 3, 3.5, 7, 9, -1, 0, 2.25, 2.1, 2.3]
e = edges(TIED_REF, 5)
print("tied edges", e.tolist(), counts(TIED_REF, e).tolist(), counts(TIED_CUR, e).tolist(),
      "psi", repr(psi(TIED_REF, TIED_CUR, 5, 1e-3)))
print("tail ks", ks(np.arange(50.0), np.arange(50.0) + 30))
GAP_REF = [1, 2, 3, 4, 5, 6, 7, 8]
GAP_CUR = [1, 1.5, 2, 6, 7, 7.5, 8, 8]
e = edges(GAP_REF, 4)
print("gap edges", e.tolist(), counts(GAP_REF, e).tolist(), counts(GAP_CUR, e).tolist(),
      "psi", repr(psi(GAP_REF, GAP_CUR, 4, 1e-4)), repr(psi(GAP_REF, GAP_CUR, 4, 0.01)))
print("constant", edges([5, 5, 5, 5], 4).tolist(), repr(psi([5, 5, 5, 5], [5, 6, 7, 4], 4, 1e-4)))
print("few values", edges([3, 1, 2], 10).tolist(), repr(psi([3, 1, 2], [0, 1.5, 2.5, 2.5, 4], 10, 1e-3)))
print("single", repr(psi([1.0], [2.0], 2, 1e-4)), ks([1.0], [2.0]))
print("lambda < 0.18", ks(np.arange(20.0), np.arange(20.0) + 0.5))
print("lambda 0.2", ks(np.arange(50.0), np.arange(50.0) + 1.5), repr(float(stats.kstwobign.sf(0.2))))
print("separated", ks(np.arange(1000.0), np.arange(1000.0, 2000.0)))
r = np.arange(1e6)
print("million psi", repr(psi(r, r + 1000, 10, 1e-4)), "ks", ks(r, r + 1000),
      "exact-D p", repr(float(stats.kstwobign.sf(np.sqrt(0.5)))))
