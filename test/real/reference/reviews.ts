// Reference numbers for the review datasets.
// reviews-zh/ChnSentiCorp_htl_all.csv and reviews-zh/waimai_10k.csv (header `label,review`), and
// reviews-en/womens_clothing_reviews_part{1,2,3}of3.csv (header repeated at the top of each part).
//
// Conventions:
// - Own RFC-4180 reader (csv.ts): quoted fields may contain commas, doubled quotes and newlines;
//   CRLF terminators are accepted (the English parts use CRLF between records, bare LF inside text).
// - record = one logical CSV record after the header (not a physical line).
// - empty review = review field empty after trimming ASCII/Unicode whitespace (String.prototype.trim),
//   a review that is only whitespace counts as "blank" (reported separately from strictly empty "").
// - BOM: a U+FEFF at the start of the file is reported as `fileBom`; U+FEFF anywhere in a field is
//   counted in `recordsWithBomInside`. "stray quote" = a `"` inside an unquoted field or after a
//   closing quote (csv.ts flag), plus `recordsWithQuoteChars` = records whose parsed text contains `"`
//   and `recordsWithOddNumberOfQuoteCharsInReview` (an unbalanced literal `"` in the parsed review:
//   the CSV is well-formed, the stray quote is in the content). README mentions BOMs/stray quotes
//   in reviews-zh; we report what we actually find.
// - labels are counted as raw strings ("0"/"1"); anything else lands under its own key.
// - English: Rating counted 1..5 (raw string keys; non-1..5 reported under `other`). Empty Title /
//   empty Review Text = empty after trim. Records per part exclude that part's header line; a
//   repeated header line found inside a part (not at the top) would be counted in `headerRepeatsInside`.
//   The first (unnamed) column is the original row index; we check it is unique and contiguous
//   0..N-1 across the three parts.
import { readCsv, DATASETS } from "./csv.ts";
import { join } from "node:path";

const ZH_FILES = ["ChnSentiCorp_htl_all.csv", "waimai_10k.csv"];
const EN_FILES = [1, 2, 3].map((k) => `womens_clothing_reviews_part${k}of3.csv`);

export function reviewsZhFile(path: string) {
  const res = readCsv(path);
  const [head, ...recs] = res.records;
  const labelCounts: Record<string, number> = {};
  let unbalanced = 0;
  let emptyStrict = 0, blankOnly = 0, quotedNl = 0, stray = 0, bomInside = 0, quoteChars = 0, wrongWidth = 0, unterminated = 0;
  const emptyLines: number[] = [];
  for (const r of recs) {
    if (r.fields.length !== 2) wrongWidth++;
    const [label, review = ""] = r.fields;
    labelCounts[label] = (labelCounts[label] ?? 0) + 1;
    if (review === "") { emptyStrict++; emptyLines.push(r.line); }
    else if (review.trim() === "") { blankOnly++; emptyLines.push(r.line); }
    if (r.hasQuotedNewline) quotedNl++;
    if (r.strayQuote) stray++;
    if (r.unterminatedQuote) unterminated++;
    if (r.fields.some((f) => f.includes("\uFEFF"))) bomInside++;
    if (r.fields.some((f) => f.includes('"'))) quoteChars++;
    if ((review.match(/"/g)?.length ?? 0) % 2 === 1) unbalanced++;
  }
  return {
    header: head.fields,
    fileBom: res.bom,
    physicalLines: res.physicalLines,
    records: recs.length,
    labelCounts,
    emptyReviews: emptyStrict,
    blankReviews: blankOnly,
    emptyOrBlankReviews: emptyStrict + blankOnly,
    emptyOrBlankReviewLines: emptyLines,
    recordsWithQuotedNewline: quotedNl,
    recordsWithStrayQuote: stray,
    recordsWithUnterminatedQuote: unterminated,
    recordsWithBomInside: bomInside,
    recordsWithQuoteChars: quoteChars,
    recordsWithOddNumberOfQuoteCharsInReview: unbalanced,
    recordsWithWrongFieldCount: wrongWidth,
  };
}

export function reviewsZh(dir = join(DATASETS, "reviews-zh")) {
  const out: Record<string, ReturnType<typeof reviewsZhFile>> = {};
  for (const f of ZH_FILES) out[f] = reviewsZhFile(join(dir, f));
  return out;
}

export function reviewsEn(dir = join(DATASETS, "reviews-en")) {
  const parts: Record<string, unknown>[] = [];
  const ratingCounts: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, other: 0 };
  let total = 0, emptyText = 0, emptyTitle = 0, bothEmpty = 0;
  const indices: number[] = [];
  let headerRef: string[] | null = null;
  let headersIdentical = true;
  for (const f of EN_FILES) {
    const res = readCsv(join(dir, f));
    const [head, ...recs] = res.records;
    if (headerRef === null) headerRef = head.fields;
    else if (head.fields.join("\u0001") !== headerRef.join("\u0001")) headersIdentical = false;
    const width = head.fields.length;
    const col = (name: string) => head.fields.indexOf(name);
    const iTitle = col("Title"), iText = col("Review Text"), iRating = col("Rating");
    let pText = 0, pTitle = 0, pBoth = 0, pQnl = 0, pWrong = 0, pStray = 0, headerRepeats = 0;
    const pRatings: Record<string, number> = {};
    for (const r of recs) {
      if (r.fields.join("\u0001") === head.fields.join("\u0001")) { headerRepeats++; continue; }
      if (r.fields.length !== width) pWrong++;
      if (r.hasQuotedNewline) pQnl++;
      if (r.strayQuote) pStray++;
      const title = (r.fields[iTitle] ?? "").trim(), text = (r.fields[iText] ?? "").trim();
      const rating = (r.fields[iRating] ?? "").trim();
      pRatings[rating] = (pRatings[rating] ?? 0) + 1;
      if (["1", "2", "3", "4", "5"].includes(rating)) ratingCounts[rating]++; else ratingCounts.other++;
      if (text === "") pText++;
      if (title === "") pTitle++;
      if (text === "" && title === "") pBoth++;
      indices.push(Number(r.fields[0]));
    }
    const n = recs.length - headerRepeats;
    total += n; emptyText += pText; emptyTitle += pTitle; bothEmpty += pBoth;
    parts.push({
      file: f,
      physicalLines: res.physicalLines,
      fileBom: res.bom,
      records: n,
      headerRepeatsInside: headerRepeats,
      recordsWithQuotedNewline: pQnl,
      recordsWithWrongFieldCount: pWrong,
      recordsWithStrayQuote: pStray,
      ratingCounts: pRatings,
      emptyReviewText: pText,
      emptyTitle: pTitle,
      bothEmpty: pBoth,
    });
  }
  const sorted = [...indices].sort((a, b) => a - b);
  const contiguous = sorted.every((v, k) => v === k);
  return {
    header: headerRef,
    headersIdenticalAcrossParts: headersIdentical,
    parts,
    totalRecords: total,
    ratingCounts,
    emptyReviewText: emptyText,
    emptyTitle,
    bothEmpty,
    indexColumnUniqueAndContiguousFrom0: contiguous && new Set(indices).size === indices.length,
    indexInFileOrder: indices.every((v, k) => k === 0 || v > indices[k - 1]),
  };
}

export function reviews() {
  return { zh: reviewsZh(), en: reviewsEn() };
}
