"""Golden values of KMeansHiddenTest (kmeans-lloyd). Run with /usr/bin/python3 (Debian's scikit-learn).

Verified with scikit-learn 1.2.1 and NumPy 1.24.2. `lloyd` transcribes the statement's loop; scikit-learn
(max_iter caps the same number of centroid updates, tol=0) cross-checks it wherever no cluster empties.
"""
import warnings

import numpy as np
import sklearn
from sklearn.cluster import KMeans

warnings.filterwarnings("ignore")


def predict(C, X):  # argmin returns the first index on ties
    return np.argmin(((X[:, None, :] - C[None, :, :]) ** 2).sum(2), axis=1)


def inertia(X, C, L):
    return float(((X - C[L]) ** 2).sum())


def lloyd(X, C, max_iter):
    C = C.copy()
    L = predict(C, X)
    for it in range(1, max_iter + 1):
        Cn = np.array([X[L == j].mean(0) if (L == j).any() else C[j] for j in range(len(C))])
        Ln = predict(Cn, X)
        C = Cn
        if (Ln == L).all():
            return C.tolist(), Ln.tolist(), repr(inertia(X, C, Ln)), it, True
        L = Ln
    return C.tolist(), L.tolist(), repr(inertia(X, C, L)), max_iter, False


def sk(X, C, max_iter):
    km = KMeans(len(C), init=C, n_init=1, algorithm="lloyd", max_iter=max_iter, tol=0.0).fit(X)
    return km.cluster_centers_.tolist(), km.labels_.tolist(), repr(km.inertia_), km.n_iter_


A = lambda rows: np.array(rows, dtype=float)
print("scikit-learn", sklearn.__version__, "numpy", np.__version__)
X7, C7 = A([[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [6, 5], [9, 0]]), A([[0, 0], [9, 0]])
print("spec", lloyd(X7, C7, 100), sk(X7, C7, 300))
print("spec C0 labels", predict(C7, X7).tolist(), inertia(X7, C7, predict(C7, X7)),
      "given labels", inertia(X7, C7, np.array([1, 1, 1, 0, 0, 0, 0])))
X10 = A([[1.0, 2.0], [1.5, 1.8], [5.0, 8.0], [8.0, 8.0], [1.0, 0.6], [9.0, 11.0], [8.0, 2.0], [10.0, 2.0],
         [9.0, 3.0], [4.0, 5.0]])
C10 = A([[1.0, 2.0], [1.5, 1.8], [5.0, 8.0]])
for m in [1, 2, 3, 300]:
    print("X10 max_iter", m, lloyd(X10, C10, m), sk(X10, C10, m))
X1D, C1D = A([[3.0], [1.0], [4.0], [1.5], [9.0], [2.6], [5.0], [3.5]]), A([[1.0], [1.5], [9.0]])
for m in [1, 300]:
    print("1-D max_iter", m, lloyd(X1D, C1D, m), sk(X1D, C1D, m))
print("empty cluster", lloyd(X7, A([[0, 0], [9, 0], [100, 100]]), 100))
for m in [0, 1, 100]:
    print("duplicates max_iter", m, lloyd(X7, A([[0, 0], [0, 0], [9, 0]]), m))
print("fit tie", lloyd(A([[0, 0], [2, 0], [1, 0]]), A([[0, 0], [2, 0]]), 10))
print("predict ties", predict(A([[2, 0], [0, 2], [-2, 0], [0, -2]]),
                              A([[0, 0], [1, 1], [-1, -1], [-1, 1], [1, -1], [3, 0]])).tolist())
print("k = 1", lloyd(X7, A([[9, 0]]), 10), sk(X7, A([[9, 0]]), 300))
print("k = n", lloyd(X7, X7[::-1].copy(), 10))
