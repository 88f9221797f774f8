"""Golden values of the hidden suite of xgboost-split-finder (catalog-spec W1-5).

Run with /usr/bin/python3 (Debian bookworm: NumPy 1.24.2, SciPy 1.10.1, XGBoost 1.7.4). `brute` enumerates
every candidate exactly as the statement defines it (midpoint thresholds, x < t goes left, missing right
first, strictly-greater updates); `xgb_custom` and `xgb_logistic` ask XGBoost itself for one depth-1 tree.
XGBoost works in float32, so its figures match ours to about 1e-7 relative; XGBoost also prints
"missing=yes" for a column without missing values, where our convention reports missingGoesLeft=false.
"""
from fractions import Fraction as Fr

import numpy as np
import scipy.special
import xgboost as xgb

nan = np.nan
print("versions: numpy", np.__version__, "xgboost", xgb.__version__)


def brute(X, g, h, lam, gamma, mcw):
    G, H = g.sum(), h.sum()
    best, cands = None, []
    score = lambda G, H: 0.0 if H + lam == 0 else G * G / (H + lam)
    weight = lambda G, H: 0.0 if H + lam == 0 else -G / (H + lam)
    for f in range(X.shape[1]):
        col = X[:, f]
        present = ~np.isnan(col)
        vals = np.unique(col[present])
        Gm, Hm = g[~present].sum(), h[~present].sum()
        for j in range(len(vals) - 1):
            t = (vals[j] + vals[j + 1]) / 2
            L = present & (col < t)
            for miss_left in [False, True] if (~present).any() else [False]:
                GL = g[L].sum() + (Gm if miss_left else 0)
                HL = h[L].sum() + (Hm if miss_left else 0)
                GR, HR = G - GL, H - HL
                gain = score(GL, HL) + score(GR, HR) - score(G, H)
                c = (f, t, miss_left, gain, weight(GL, HL), weight(GR, HR))
                cands.append(c)
                if gain > gamma and HL >= mcw and HR >= mcw and (best is None or gain > best[3]):
                    best = c
    return best, cands


def xgb_custom(X, g, h, lam, mcw):
    d = xgb.DMatrix(X, label=np.zeros(len(X)), missing=np.nan)
    p = dict(tree_method="exact", max_depth=1, eta=1.0, reg_lambda=lam, gamma=0.0, min_child_weight=mcw, base_score=0.0)
    return xgb.train(p, d, 1, obj=lambda pr, dm: (g, h)).get_dump(with_stats=True)[0].strip()


def xgb_logistic(X, y, lam):
    d = xgb.DMatrix(X, label=y, missing=np.nan)
    p = dict(tree_method="exact", max_depth=1, eta=1.0, reg_lambda=lam, gamma=0.0, min_child_weight=0.0,
             base_score=0.5, objective="binary:logistic")
    return xgb.train(p, d, 1).get_dump(with_stats=True)[0].strip()


def show(title, X, g, h, lam, gamma=0.0, mcw=0.0, dump=None):
    best, cands = brute(X, g, h, lam, gamma, mcw)
    gains = sorted((c[3] for c in cands), reverse=True)
    print("==", title, "->", repr(best), " (top two candidate gains: %s)" % gains[:2])
    if dump:
        print("  xgboost:", dump.replace("\n", " | "))


# --- the spec's dataset (shared/golden/xgb.py): base_score = mean(y) = 2.0, g = 2 - y, h = 1, lambda = 1
X6 = np.array([[1.0, 5.0], [2.0, 3.0], [3.0, nan], [4.0, 1.0], [5.0, nan], [6.0, 2.0]])
y6 = np.array([1.0, 1.2, 3.1, 2.9, 3.3, 0.5])
g6, h6 = 2.0 - y6, np.ones(6)
d = xgb.DMatrix(X6, label=y6, missing=np.nan)
spec = xgb.train(dict(tree_method="exact", max_depth=1, eta=1, reg_lambda=1, gamma=0, min_child_weight=0,
                      base_score=y6.mean(), objective="reg:squarederror"), d, 1).get_dump(with_stats=True)[0]
show("spec", X6, g6, h6, 1.0, dump=spec)
for gamma in [5.44]:
    show("spec gamma=%g" % gamma, X6, g6, h6, 1.0, gamma=gamma)
for mcw in [3.0, 3.5]:
    show("spec mcw=%g" % mcw, X6, g6, h6, 1.0, mcw=mcw, dump=xgb_custom(X6, g6, h6, 1.0, mcw))
print("  candidate table:")
for c in brute(X6, g6, h6, 1.0, 0, 0)[1]:
    print("   ", c)

# --- splitGain / leafWeight literals, exact rationals
def gain_exact(gl, hl, gr, hr, lam):
    t = lambda G, H: Fr(0) if H + lam == 0 else G * G / (H + lam)
    gl, hl, gr, hr, lam = map(lambda v: Fr(str(v)), (gl, hl, gr, hr, lam))
    return t(gl, hl) + t(gr, hr) - t(gl + gr, hl + hr)

table = [(1.0, 1, -1.0, 5), (1.8, 2, -1.8, 4), (0.7, 3, -0.7, 3), (-0.2, 4, 0.2, 2), (-1.5, 5, 1.5, 1),
         (-0.9, 1, 0.9, 5), (-3.3, 3, 3.3, 3), (0.6, 2, -0.6, 4), (-1.8, 4, 1.8, 2), (1.4, 3, -1.4, 3),
         (-1.0, 5, 1.0, 1)]
print("== splitGain table (lambda=1):", [repr(float(gain_exact(*r, 1))) for r in table])
others = [(1.25, 2.0, -3.5, 1.5, 0.5), (-2.0, 3.0, -1.0, 2.0, 0.0), (0.75, 0.25, 0.5, 4.0, 2.0), (4.0, 1.0, 4.0, 1.0, 1.0),
          (1.0, 0.0, 1.0, 2.0, 0.0)]
print("== splitGain others:", [(r, repr(float(gain_exact(*r)))) for r in others])
for G, H, lam in [(-3.3, 3, 1), (1.75, 2.5, 0.5), (-0.4, 0.0, 2.0), (2.0, 0.0, 0.0)]:
    den = Fr(str(H)) + Fr(str(lam))
    print("== leafWeight", (G, H, lam), repr(0.0 if den == 0 else float(-Fr(str(G)) / den)))

# --- weighted hessians (custom objective), min_child_weight on hessian sums
hw = np.array([0.5, 0.25, 0.25, 0.5, 0.25, 1.5])
for mcw in [0.0, 1.0, 1.5]:
    show("weighted mcw=%g" % mcw, X6, g6, hw, 1.0, mcw=mcw, dump=xgb_custom(X6, g6, hw, 1.0, mcw))

# --- logistic: binary:logistic with base_score 0.5 (margin 0) gives g = 0.5 - y, h = 0.25
X10 = np.array([[0.5, 3, nan], [1.5, 1, 2.0], [nan, 4, -1.0], [2.5, 1, 0.5], [3.5, 5, nan], [nan, 2, 1.5],
                [4.5, 9, -0.5], [0.0, 2, 3.0], [2.0, 6, nan], [5.0, 7, 2.5]])
y10 = np.array([1, 0, 1, 0, 1, 1, 1, 0, 0, 1], float)
for lam in [1.0, 0.5]:
    show("logistic lambda=%g" % lam, X10, 0.5 - y10, np.full(10, 0.25), lam, dump=xgb_logistic(X10, y10, lam))

# --- logistic gradients
m = np.array([0.0, 2.5, -1.3, 4.0, -7.25, 0.0]); yl = np.array([1, 0, 1, 1, 0, 0])
p = scipy.special.expit(m)
print("== logistic g", repr(list(p - yl)), "h", repr(list(p * (1 - p))))
m = np.array([1000.0, -1000.0, 745.0, -745.0, 40.0, -40.0, 36.5]); yl = np.array([1, 1, 0, 0, 1, 0, 1])
p = scipy.special.expit(m)
print("== logistic extreme g", repr(list(p - yl)), "h", repr(list(p * (1 - p))))

# --- exact dyadic dataset: every sum and every gain term is exact in binary floating point
Xe = np.array([[1.0], [2.0], [3.0], [4.0], [5.0], [6.0]])
ge = np.array([-0.5, -0.75, -0.25, 0.5, 0.25, 0.75])
show("exact", Xe, ge, np.ones(6), 1.0)

# --- lambda = 0 with a zero-hessian child: the term with H + lambda = 0 counts as 0
show("zero hessian", np.array([[1.0], [2.0], [3.0]]), np.array([1.0, -1.0, 2.0]), np.array([0.0, 1.0, 1.0]), 0.0)

# --- identical columns 0 and 2 (the lower index must win), dyadic gradients
show("identical columns", np.array([[7, 1, 7], [3, 2, 3], [nan, 3, nan], [5, 4, 5], [1, 5, 1]], float),
     np.array([-1.0, 2.0, -0.5, 1.5, 0.25]), np.array([1, 1, 0.5, 1, 1.0]), 1.0)

# --- the statement's example (not a hidden golden)
Xs = np.array([[1.0, 0.5], [2.0, nan], [3.0, 1.5], [4.0, nan], [5.0, 2.5]])
gs = np.array([-1.5, -1.0, 0.5, -1.0, 2.0])
show("statement", Xs, gs, np.ones(5), 1.0, dump=xgb_custom(Xs, gs, np.ones(5), 1.0, 0.0))
for c in brute(Xs, gs, np.ones(5), 1.0, 0, 0)[1]:
    print("   ", c)
