/**
 * The behaviour features personas are clustered on, read from the persona base's customer rows,
 * and the matrix built from them. Counts and money are log-scaled (log1p) because a few heavy
 * buyers would otherwise own a whole axis; every feature is then standardised to z-scores so each
 * weighs the same in the distance. A customer without the input a feature needs (no item lines,
 * so no price position or brand share) gets the column mean — a neutral value — and is counted.
 */
import { matrixFromRows, standardize, type Matrix } from "../cluster/index.js";
import type { Bilingual } from "./tagCatalog.js";

export interface FeatureDef {
  id: string;
  name: Bilingual;
  /** The raw value from a customer row; null when the customer lacks the input. */
  read(row: Readonly<Record<string, unknown>>): number | null;
  /** Shown as a share (0–1) rather than a plain number. */
  share?: boolean;
}

const num = (v: unknown): number | null => (v === null || v === undefined || Number.isNaN(Number(v)) ? null : Number(v));

export const FEATURES: readonly FeatureDef[] = [
  { id: "orders", name: { zh: "购买次数", en: "Purchases" }, read: (r) => num(r.orders) },
  { id: "spend", name: { zh: "净消费额", en: "Net spend" }, read: (r) => num(r.spend) },
  { id: "recency", name: { zh: "距上次购买天数", en: "Days since last purchase" }, read: (r) => num(r.recency) },
  { id: "discount_share", name: { zh: "优惠占比", en: "Discount share" }, read: (r) => num(r.discount_share), share: true },
  { id: "promo_share", name: { zh: "大促订单占比", en: "Promotion share" }, read: (r) => num(r.promo_share), share: true },
  { id: "price_pct", name: { zh: "品类内价格分位", en: "Price percentile" }, read: (r) => num(r.price_pct), share: true },
  { id: "brand_share", name: { zh: "品牌集中度", en: "Brand concentration" }, read: (r) => num(r.brand_share), share: true },
  { id: "category_breadth", name: { zh: "品类数", en: "Categories" }, read: (r) => num(r.category_breadth) },
  { id: "refund_rate", name: { zh: "退款占比", en: "Refund share" }, read: (r) => num(r.refund_rate), share: true },
  { id: "review_rate", name: { zh: "评价率", en: "Review rate" }, read: (r) => num(r.review_rate), share: true }
];

/** Heavy-tailed features enter the distance as log1p. */
const LOGGED = new Set(["orders", "spend", "recency", "category_breadth"]);

export interface FeatureMatrix {
  /** Standardised features, one row per customer in input order. */
  matrix: Matrix;
  /** Raw (unlogged, imputed) values, same layout, for describing clusters in plain units. */
  raw: Float64Array;
  means: number[];
  sds: number[];
  /** Per feature, customers whose value was missing and set to the column mean. */
  imputed: number[];
}

export function buildFeatureMatrix(rows: readonly Readonly<Record<string, unknown>>[]): FeatureMatrix {
  const cols = FEATURES.length;
  if (rows.length === 0) throw new Error("no customers to cluster: the persona base is empty for these options");
  const raw = new Float64Array(rows.length * cols);
  const imputed = new Array<number>(cols).fill(0);
  FEATURES.forEach((f, j) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < rows.length; i++) {
      const x = f.read(rows[i]!);
      if (x !== null && Number.isFinite(x)) {
        sum += x;
        n++;
      }
    }
    const mean = n > 0 ? sum / n : 0;
    for (let i = 0; i < rows.length; i++) {
      const x = f.read(rows[i]!);
      if (x === null || !Number.isFinite(x)) {
        imputed[j]!++;
        raw[i * cols + j] = mean;
      } else raw[i * cols + j] = x;
    }
  });
  const transformed: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r: number[] = [];
    FEATURES.forEach((f, j) => {
      const x = raw[i * cols + j]!;
      r.push(LOGGED.has(f.id) ? Math.log1p(Math.max(0, x)) : x);
    });
    transformed.push(r);
  }
  const s = standardize(matrixFromRows(transformed));
  return { matrix: s.matrix, raw, means: s.means, sds: s.sds, imputed };
}
