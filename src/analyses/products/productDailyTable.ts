/**
 * Item performance from platform aggregate exports (生意参谋 商品效果, table product_daily) for
 * shops whose raw orders lack items: per item over the period, visitors, page views, add-to-cart
 * units, favourites, paying buyers, units and amount, and conversion = paying buyers ÷ visitors.
 * The export gives daily unique visitors, so visitors here are a sum of daily counts (a visitor
 * on two days counts twice, as in 生意参谋's own multi-day item view); the page says so.
 */
import { defineQuery } from "../../query.js";
import { checkDateRange } from "../dateRange.js";

export interface ProductDailyOptions {
  from: string;
  to: string;
  currency: string;
}

export interface ProductDailyRow {
  product_id: string;
  title: string | null;
  visitors: number;
  page_views: number;
  cart_units: number;
  fav_buyers: number;
  paying_buyers: number;
  paid_units: number;
  paid_amount: number;
  conversion: number | null;
}

export const PRODUCT_DAILY_TABLE_SQL = `
SELECT product_id::VARCHAR AS product_id, arg_max(title, date)::VARCHAR AS title,
  coalesce(sum(visitors), 0)::BIGINT AS visitors, coalesce(sum(page_views), 0)::BIGINT AS page_views,
  coalesce(sum(cart_units), 0)::BIGINT AS cart_units, coalesce(sum(fav_buyers), 0)::BIGINT AS fav_buyers,
  coalesce(sum(paying_buyers), 0)::BIGINT AS paying_buyers, coalesce(sum(paid_units), 0)::BIGINT AS paid_units,
  (coalesce(sum(round(paid_amount * 100)::BIGINT), 0) / 100)::DOUBLE AS paid_amount,
  (sum(paying_buyers) / nullif(sum(visitors), 0))::DOUBLE AS conversion
FROM product_daily
WHERE date BETWEEN $1::DATE AND $2::DATE AND (currency = $3 OR currency IS NULL)
GROUP BY product_id
ORDER BY paid_amount DESC, visitors DESC, product_id`;

export const productDailyTable = defineQuery<ProductDailyOptions, ProductDailyRow>(
  "productDailyTable",
  PRODUCT_DAILY_TABLE_SQL,
  (o) => [...checkDateRange(o.from, o.to), o.currency]
);
