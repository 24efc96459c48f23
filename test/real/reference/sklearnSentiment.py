#!/usr/bin/python3
"""Reference sentiment baselines from scikit-learn, reproducing ../shared/guide/REFERENCE-NUMBERS.md
("Sentiment baselines") on the raw review files in ../shared/datasets, read in place.

Usage: /usr/bin/python3 test/real/reference/sklearnSentiment.py [--set NAME]
  NAME: ChnSentiCorp_htl_all.csv | waimai_10k.csv | reviews-en   (default: all three)
  Data location: SHOPLENS_DATASETS=/path/to/datasets, else ../shared/datasets beside the repository.

Uses Debian's python3-sklearn (scikit-learn 1.2.1, hence /usr/bin/python3, not a pyenv
interpreter); only the csv module, numpy and scikit-learn, no pandas.

Recipe (this exact one reproduces all three published rows to 3 decimals)
- Records: Python's csv module (RFC 4180, a quoted field may span lines), header row skipped.
  "Blank" = empty after removing whitespace and U+FEFF.
- Chinese (`reviews-zh/*.csv`, `label,review`): y = int(label) (1 positive, 0 negative); text =
  review as written; records with a blank review are DROPPED (1 in ChnSentiCorp_htl_all.csv:
  record 6375, label 0; none in waimai_10k.csv). Keeping that one record gives a different split
  and 0.894 / 0.865 / 0.874 instead of the published 0.886 / 0.852 / 0.864.
- English (`reviews-en/womens_clothing_reviews_part{1,2,3}of3.csv`, concatenated in part order,
  which is also row-number order 0..23485): Rating 3 dropped; y = 1 if Rating >= 4, 0 if <= 2;
  text = Title + " " + Review Text (a missing part is ""); records whose joined text is blank
  (no title and no text) are DROPPED (796 after the rating filter). A record with a title but no
  text is kept (there is one: part2 row 10220). Dropping every record without Review Text instead
  gives 0.939 / 0.779 / 0.829 (not published); keeping all gives 0.938 / 0.765 / 0.818.
- Split: sklearn.model_selection.train_test_split(positions, test_size=0.5, stratify=y,
  random_state=0) over the kept records in file order (train = floor half, test = ceil half).
- Features: TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True) with
  analyzer="char" for Chinese and the default analyzer="word" (default token pattern,
  lowercase=True) for English, fitted on the training half only.
- Model: LogisticRegression(C=4, max_iter=1000), default lbfgs solver / L2 (converges well before
  100 iterations here too, so max_iter does not change anything; liblinear gives 0.780 balanced
  accuracy on English, so the published figures are lbfgs).
- Metrics on the test half: accuracy, balanced accuracy, macro-F1 (sklearn.metrics);
  majority_rate = share of the majority class over all kept records (train + test).

Output: one JSON object on stdout, keyed by set name, each
  {"accuracy", "balanced_accuracy", "macro_f1", "majority_rate", "n_records", "n_dropped",
   "n_train", "n_test", "train_ids", "train_labels", "test_ids", "test_labels"}
ids (and their labels, aligned) are listed in file order:
  Chinese: 1-based ordinal of the CSV record in the raw file (first record after the header = 1;
           dropped records keep their ordinals, so ordinals are raw-file positions).
  English: "<part file name>:<value of the leading unnamed row-number column>".
n_records = data records read; n_dropped = {reason: count}.

Figures printed when run (scikit-learn 1.2.1), rounded, beside the published ones:
  set                       acc     bal.acc macro-F1 majority train/test  published
  ChnSentiCorp_htl_all.csv  0.8864  0.8521  0.8637   0.6854   3882/3883   0.886 0.852 0.864 0.685
  waimai_10k.csv            0.9001  0.8736  0.8842   0.6663   5993/5994   0.900 0.874 0.884 0.666
  reviews-en                0.9394  0.7807  0.8296   0.8804   9909/9910   0.939 0.781 0.830 0.880
Runtime with interpreter start-up: about 2.5 s, 1.5 s and 2.4 s with --set; 4.8 s for all three.
"""
import argparse
import csv
import json
import os
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score
from sklearn.model_selection import train_test_split

ZH_SETS = ("ChnSentiCorp_htl_all.csv", "waimai_10k.csv")
EN_SET = "reviews-en"
EN_PARTS = tuple(f"womens_clothing_reviews_part{i}of3.csv" for i in (1, 2, 3))
EN_HEADER = [
    "", "Clothing ID", "Age", "Title", "Review Text", "Rating", "Recommended IND",
    "Positive Feedback Count", "Division Name", "Department Name", "Class Name",
]


def datasets_dir() -> Path:
    env = os.environ.get("SHOPLENS_DATASETS")
    if env:
        return Path(env)
    # test/real/reference/ -> repository root -> ../shared/datasets
    return Path(__file__).resolve().parents[3].parent / "shared" / "datasets"


def blank(s: str) -> bool:
    return not s.replace("\ufeff", "").strip()


def read_records(path: Path):
    """Header and data records of a CSV file (a leading BOM on the header is removed)."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        return header, list(reader)


def load_zh(root: Path, name: str):
    header, records = read_records(root / "reviews-zh" / name)
    if header != ["label", "review"]:
        sys.exit(f"{name}: unexpected header {header}")
    ids, texts, labels = [], [], []
    dropped = {"blank_review": 0}
    for ordinal, rec in enumerate(records, start=1):
        if len(rec) != 2 or rec[0] not in ("0", "1"):
            sys.exit(f"{name}: record {ordinal} is malformed: {rec!r}")
        if blank(rec[1]):
            dropped["blank_review"] += 1
            continue
        ids.append(ordinal)
        texts.append(rec[1])
        labels.append(int(rec[0]))
    return ids, texts, labels, len(records), dropped


def load_en(root: Path):
    ids, texts, labels = [], [], []
    dropped = {"rating_3": 0, "blank_title_and_text": 0}
    n_records = 0
    for part in EN_PARTS:
        header, records = read_records(root / "reviews-en" / part)
        if header != EN_HEADER:
            sys.exit(f"{part}: unexpected header {header}")
        for rec in records:
            n_records += 1
            if len(rec) != len(EN_HEADER) or rec[5] not in ("1", "2", "3", "4", "5"):
                sys.exit(f"{part}: malformed record {rec[:6]!r}")
            rating = int(rec[5])
            if rating == 3:
                dropped["rating_3"] += 1
                continue
            text = rec[3] + " " + rec[4]
            if blank(text):
                dropped["blank_title_and_text"] += 1
                continue
            ids.append(f"{part}:{rec[0]}")
            texts.append(text)
            labels.append(1 if rating >= 4 else 0)
    return ids, texts, labels, n_records, dropped


def baseline(ids, texts, labels, analyzer: str) -> dict:
    y = np.asarray(labels, dtype=np.int64)
    pos = np.arange(len(y))
    tr, te = train_test_split(pos, test_size=0.5, stratify=y, random_state=0)
    vec = TfidfVectorizer(analyzer=analyzer, ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x_tr = vec.fit_transform([texts[i] for i in tr])
    x_te = vec.transform([texts[i] for i in te])
    model = LogisticRegression(C=4, max_iter=1000).fit(x_tr, y[tr])
    pred = model.predict(x_te)
    share_pos = float(y.mean())
    tr_sorted, te_sorted = np.sort(tr), np.sort(te)
    return {
        "accuracy": float(accuracy_score(y[te], pred)),
        "balanced_accuracy": float(balanced_accuracy_score(y[te], pred)),
        "macro_f1": float(f1_score(y[te], pred, average="macro")),
        "majority_rate": max(share_pos, 1.0 - share_pos),
        "n_train": int(len(tr)),
        "n_test": int(len(te)),
        "train_ids": [ids[i] for i in tr_sorted],
        "train_labels": [int(y[i]) for i in tr_sorted],
        "test_ids": [ids[i] for i in te_sorted],
        "test_labels": [int(y[i]) for i in te_sorted],
    }


def run_set(root: Path, name: str) -> dict:
    if name in ZH_SETS:
        ids, texts, labels, n_records, dropped = load_zh(root, name)
        analyzer = "char"
    else:
        ids, texts, labels, n_records, dropped = load_en(root)
        analyzer = "word"
    result = baseline(ids, texts, labels, analyzer)
    # Put the counts before the long id lists for readability.
    head = {k: result[k] for k in ("accuracy", "balanced_accuracy", "macro_f1", "majority_rate")}
    head["n_records"] = n_records
    head["n_dropped"] = dropped
    head.update({k: v for k, v in result.items() if k not in head})
    return head


def main() -> None:
    names = ZH_SETS + (EN_SET,)
    parser = argparse.ArgumentParser(description="scikit-learn sentiment baselines (reference)")
    parser.add_argument("--set", choices=names, help="run only this set")
    args = parser.parse_args()
    root = datasets_dir()
    if not root.is_dir():
        sys.exit(f"no datasets folder at {root} (set SHOPLENS_DATASETS)")
    selected = (args.set,) if args.set else names
    print(json.dumps({name: run_set(root, name) for name in selected}, ensure_ascii=False))


if __name__ == "__main__":
    main()
