/**
 * Every customer of the persona base with the measures the clustering reads and every tag, one
 * row each, ordered by id. The page clusters these rows in the browser and offers them as CSV;
 * ids are the pipeline's pseudonyms, and nothing personal (names, phones, addresses) is here.
 */
import { defineQuery } from "../../query.js";
import { tagColumnsSql } from "../../personas/tagCatalog.js";
import { runOnPersonaBase } from "./personaBase.js";
import type { PersonaOptions } from "./personaOptions.js";

export interface PersonaCustomerRow {
  customer_id: string;
  orders: number;
  spend: number;
  recency: number;
  discount_share: number | null;
  promo_share: number | null;
  refund_rate: number | null;
  price_pct: number | null;
  brand_share: number | null;
  category_breadth: number;
  review_rate: number;
  [tag: string]: unknown;
}

export const PERSONA_CUSTOMERS_SQL = `
SELECT b.customer_id::VARCHAR AS customer_id, b.orders::INTEGER AS orders, (b.net_cents / 100)::DOUBLE AS spend,
  b.recency::INTEGER AS recency, b.discount_share::DOUBLE AS discount_share, b.promo_share::DOUBLE AS promo_share,
  b.refund_rate::DOUBLE AS refund_rate, b.price_pct::DOUBLE AS price_pct, b.brand_share::DOUBLE AS brand_share,
  b.category_breadth::INTEGER AS category_breadth, b.review_rate::DOUBLE AS review_rate,
  ${tagColumnsSql()}
FROM persona_base b WHERE b.pid = $1::INTEGER
ORDER BY b.customer_id`;

export const personaCustomers = defineQuery<PersonaOptions, PersonaCustomerRow>(
  "personaCustomers",
  PERSONA_CUSTOMERS_SQL,
  () => [0],
  (db, sql, params, o) => runOnPersonaBase(db, sql, params, o)
);
