/**
 * Olist customers.csv → customers, keyed by the person (customer_unique_id). Olist issues a new
 * customer_id per order, so `stage_olist_customers` maps each (pseudonymised) customer_id to its
 * person and state, and finalizeSql rewrites orders.customer_id to the person. The zip prefix is
 * a quasi-identifier and is not kept.
 *
 * Staging columns: customer_key, person, state. Idempotent: after the UPDATE no order still holds a
 * customer_key, and first_seen_date is only filled where empty.
 */
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { stageRow, tableRow } from "./tableRow.ts";

const REQUIRED = ["customer_id", "customer_unique_id"];
const OPTIONAL = ["customer_zip_code_prefix", "customer_city", "customer_state"];

function mapOlistCustomer(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const person = ctx.pseudonymize(r.required("customer_unique_id"));
  const state = r.text("customer_state");
  return [
    tableRow("customers", { customer_id: person, province: state, city: r.text("customer_city") }),
    stageRow("stage_olist_customers", { customer_key: ctx.pseudonymize(r.required("customer_id")), person, state })
  ];
}

export const olistCustomers: Preset = {
  id: "olist-customers",
  label: { en: "Olist customers", zh: "Olist 客户" },
  tables: ["customers"],
  hasHeader: true,
  defaultTimeZone: "America/Sao_Paulo",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapOlistCustomer,
  finalizeSql: [
    `UPDATE orders SET customer_id = m.person, province = coalesce(orders.province, m.state)
     FROM (SELECT customer_key::VARCHAR AS customer_key, any_value(person::VARCHAR) AS person,
             any_value(state::VARCHAR) AS state
           FROM stage_olist_customers GROUP BY 1) m
     WHERE orders.customer_id = m.customer_key`,
    `UPDATE customers SET first_seen_date = f.first_day
     FROM (SELECT customer_id, min(ordered_at)::DATE AS first_day FROM orders
           WHERE customer_id IN (SELECT person::VARCHAR FROM stage_olist_customers) GROUP BY 1) f
     WHERE customers.customer_id = f.customer_id AND customers.first_seen_date IS NULL`
  ]
};
