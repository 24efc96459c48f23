/**
 * Behavioural groups under the thresholds in force: per group its customers, share of customers
 * and of net spend, and average purchases and spend; then the customers matching no group.
 * Groups overlap (a customer can be price-sensitive and an explorer), so shares do not add to
 * 100 %; `none` plus the customers in at least one group does add up to the base.
 */
import { defineQuery } from "../../query.js";
import { BEHAVIOUR_GROUPS, groupListSql, thresholdParams, type BehaviourThresholds } from "../../personas/behaviourRules.js";
import { runOnPersonaBase } from "./personaBase.js";
import type { PersonaOptions } from "./personaOptions.js";

export interface BehaviourGroupsOptions extends PersonaOptions {
  thresholds?: Partial<BehaviourThresholds>;
}

export interface BehaviourGroupRow {
  grp: string;
  customers: number;
  share: number;
  spend_share: number | null;
  avg_orders: number | null;
  avg_spend: number | null;
}

const ORDER = [...BEHAVIOUR_GROUPS.map((g) => g.id), "none"];

export const BEHAVIOUR_GROUPS_SQL = `WITH m AS (
  SELECT b.net_cents, b.orders, ${groupListSql()} AS groups FROM persona_base b WHERE b.pid = $1::INTEGER
), tot AS (SELECT count(*) AS n, sum(net_cents) AS cents FROM m),
ids AS (SELECT * FROM (VALUES ${ORDER.map((id, i) => `('${id}', ${i})`).join(", ")}) t(grp, ord)),
per AS (
  SELECT grp, count(*) AS n, sum(net_cents) AS cents, avg(orders) AS avg_orders
  FROM (SELECT net_cents, orders, CASE WHEN len(groups) = 0 THEN ['none'] ELSE groups END AS gs FROM m), unnest(gs) AS u(grp)
  GROUP BY grp
)
SELECT i.grp::VARCHAR AS grp, coalesce(p.n, 0)::INTEGER AS customers, (coalesce(p.n, 0) / nullif(t.n, 0))::DOUBLE AS share,
  (coalesce(p.cents, 0) / nullif(t.cents, 0))::DOUBLE AS spend_share, round(p.avg_orders, 2)::DOUBLE AS avg_orders,
  round(p.cents / p.n / 100, 2)::DOUBLE AS avg_spend
FROM ids i LEFT JOIN per p USING (grp), tot t
ORDER BY i.ord`;

export const behaviourGroups = defineQuery<BehaviourGroupsOptions, BehaviourGroupRow>(
  "behaviourGroups",
  BEHAVIOUR_GROUPS_SQL,
  (o) => [0, ...thresholdParams(o.thresholds)],
  (db, sql, params, o) => runOnPersonaBase(db, sql, params, o)
);

export interface BehaviourMemberRow {
  customer_id: string;
  /** Group ids joined by ","; '' when the customer matches none. */
  groups: string;
}

/** Each customer's groups (possibly none), for the cross-tab with personas and the CSV. */
export const BEHAVIOUR_MEMBERS_SQL = `
SELECT b.customer_id::VARCHAR AS customer_id, coalesce(array_to_string(${groupListSql()}, ','), '') AS groups
FROM persona_base b WHERE b.pid = $1::INTEGER ORDER BY b.customer_id`;

export const behaviourMembers = defineQuery<BehaviourGroupsOptions, BehaviourMemberRow>(
  "behaviourMembers",
  BEHAVIOUR_MEMBERS_SQL,
  (o) => [0, ...thresholdParams(o.thresholds)],
  (db, sql, params, o) => runOnPersonaBase(db, sql, params, o)
);
