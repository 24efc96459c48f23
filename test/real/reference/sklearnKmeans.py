#!/usr/bin/python3
"""Reference k-means inertia from scikit-learn, to check src/cluster/kmeans.ts against.

Usage: /usr/bin/python3 test/real/reference/sklearnKmeans.py MATRIX.csv K

MATRIX.csv holds numbers only, no header, one row per line. It must already be standardized by
the caller; nothing is rescaled here, so both implementations see the same matrix. Prints
{"inertia": …, "k": …, "n_iter": …} as JSON on one line.

Uses Debian's python3-sklearn (hence /usr/bin/python3, not a pyenv interpreter). KMeans runs with
init="k-means++", n_init=10 and random_state=0; scikit-learn's other defaults apply (Lloyd's
algorithm, max_iter=300, tol=1e-4).
"""
import json
import sys

import numpy as np
from sklearn.cluster import KMeans


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: sklearnKmeans.py MATRIX.csv K")
    path, k = sys.argv[1], int(sys.argv[2])
    # ndmin=2 keeps a one-column or one-row file a matrix.
    x = np.loadtxt(path, delimiter=",", dtype=np.float64, ndmin=2)
    if not np.isfinite(x).all():
        sys.exit(f"{path} contains non-finite values")
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=0).fit(x)
    print(json.dumps({"inertia": float(model.inertia_), "k": k, "n_iter": int(model.n_iter_)}))


if __name__ == "__main__":
    main()
