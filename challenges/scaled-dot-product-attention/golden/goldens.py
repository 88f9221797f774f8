"""Golden values of the hidden suite of scaled-dot-product-attention (catalog-spec W1-6).

Run with /usr/bin/python3 (NumPy 1.24.2). `attn` is shared/golden/wave1.py's reference: S = QK^T/sqrt(d_k),
masked entries -inf, row-wise softmax with max subtraction, output = weights @ V. `mha` splits Q, K, V into
contiguous column blocks per head (as torch.nn.MultiheadAttention does after its projections).
"""
import numpy as np

np.set_printoptions(precision=17)
print("numpy", np.__version__)


def attn(Q, K, V, mask=None):
    s = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    s = s - s.max(1, keepdims=True)
    e = np.exp(s)
    a = e / e.sum(1, keepdims=True)
    return a @ V, a


def mha(X, Wq, Wk, Wv, Wo, H, causal):
    n, d = X.shape
    dh = d // H
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    mask = np.tril(np.ones((n, n), bool)) if causal else None
    heads = [attn(Q[:, h * dh:(h + 1) * dh], K[:, h * dh:(h + 1) * dh], V[:, h * dh:(h + 1) * dh], mask)[0] for h in range(H)]
    return np.concatenate(heads, 1) @ Wo


def show(title, value):
    print("==", title)
    print(repr(value))


# spec golden
Q = np.array([[1., 0.], [0., 1.], [1., 1.]]); K = np.array([[1., 0.], [0., 1.], [1., -1.]]); V = np.array([[1., 2.], [3., 4.], [5., 6.]])
show("spec no mask (output, weights)", attn(Q, K, V))
show("spec causal (output, weights)", attn(Q, K, V, np.tril(np.ones((3, 3), bool))))

# cross-attention with an arbitrary mask, n_q = 2, n_k = 4, d_k = 3, d_v = 2
Qc = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
Kc = np.array([[1.0, 0.0, 0.5], [-0.5, 2.0, 1.0], [0.25, 0.75, -1.5], [2.0, -1.0, 0.0]])
Vc = np.array([[1.0, -2.0], [0.5, 3.0], [-1.5, 0.25], [2.5, 1.0]])
Mc = np.array([[True, False, True, True], [False, True, True, False]])
show("cross no mask", attn(Qc, Kc, Vc))
show("cross masked", attn(Qc, Kc, Vc, Mc))

# stability
show("large logit d_k=2 (spec)", attn(np.array([[1000., 0.]]), np.eye(2), np.eye(2)))
show("large logits d_k=1", attn(np.array([[1000.]]), np.array([[1.], [0.5], [-1.]]), np.array([[1., 0.], [0., 1.], [1., 1.]])))
show("very negative logits d_k=1", attn(np.array([[-1000.]]), np.array([[1.], [2.]]), np.array([[3., -1.], [5., 7.]])))

# multi-head, n = 3, d_model = 4
X = np.array([[1.0, -0.5, 0.25, 2.0], [0.5, 1.5, -1.0, 0.0], [-1.25, 0.75, 0.5, 1.0]])
Wq = np.array([[0.2, -0.1, 0.4, 0.0], [0.5, 0.3, -0.2, 0.1], [-0.3, 0.6, 0.1, 0.2], [0.1, 0.0, 0.3, -0.4]])
Wk = np.array([[0.3, 0.2, -0.1, 0.5], [-0.4, 0.1, 0.2, 0.0], [0.2, -0.5, 0.3, 0.1], [0.0, 0.4, -0.2, 0.3]])
Wv = np.array([[1.0, 0.5, -0.5, 0.2], [0.0, -1.0, 0.3, 0.4], [0.6, 0.2, 1.0, -0.3], [-0.2, 0.1, 0.0, 0.8]])
Wo = np.array([[0.5, -0.2, 0.1, 0.3], [0.2, 0.4, -0.3, 0.0], [-0.1, 0.3, 0.6, 0.2], [0.4, 0.0, 0.2, -0.5]])
for H in [1, 2, 4]:
    for causal in [False, True]:
        show("mha H=%d causal=%s" % (H, causal), mha(X, Wq, Wk, Wv, Wo, H, causal))

# statement example (not a hidden golden)
show("statement single query", attn(np.array([[2., 0.]]), np.array([[1., 0.], [0., 0.], [1., 1.]]), np.array([[4.], [0.], [2.]])))
Qs = np.array([[1., 0.], [0., 2.]]); Ks = np.array([[2., 0.], [0., 1.]]); Vs = np.array([[1., -1.], [3., 5.]])
show("statement causal", attn(Qs, Ks, Vs, np.tril(np.ones((2, 2), bool))))
show("statement no mask", attn(Qs, Ks, Vs))
Xs = np.array([[1., 0.], [0., 1.]])
show("statement multi-head H=2 identity weights, causal", mha(Xs, np.eye(2), np.eye(2), np.eye(2), np.eye(2), 2, True))
show("statement multi-head H=2 identity weights, no mask", mha(Xs, np.eye(2), np.eye(2), np.eye(2), np.eye(2), 2, False))
