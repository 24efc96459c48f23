/**
 * The Personas page at its default settings (personas_default.json), computed at build time by
 * the page's own queries and model: as of the last payment date, promotion windows from the shop
 * calendar, default behaviour thresholds, k chosen by silhouette. Aggregates only; in a public
 * build the persona cards also drop the typical customer (one real person's tags).
 */
import type { Db } from "../../query.js";
import { dataSpan } from "../dateRange.js";
import { PUBLIC_MIN_CUSTOMERS, SMALL_GROUPS, TAGS } from "../../personas/tagCatalog.js";
import { personaModel } from "../../personas/personaModel.js";
import { crossTab, type CrossCell } from "../../personas/crossTab.js";
import type { Persona } from "../../personas/describePersonas.js";
import type { KScore } from "../../cluster/index.js";
import { personaCustomers } from "./personaCustomers.js";
import { tagCounts, type TagCountRow } from "./tagCounts.js";
import { behaviourGroups, behaviourMembers, type BehaviourGroupRow } from "./behaviourGroups.js";
import { promotionWindowsParam } from "./promotionWindowsParam.js";
import type { PersonaOptions } from "./personaOptions.js";

export interface PersonaCard extends Omit<Persona, "typical"> {
  /** The typical customer's tags (internal builds only). */
  typicalTags: Record<string, string> | null;
}

export interface PersonasDefaultView {
  span: { from: string; to: string };
  settings: PersonaOptions & { k: "auto" };
  customers: number;
  tags: Record<string, TagCountRow[]>;
  groups: BehaviourGroupRow[];
  model: { k: number; scores: KScore[]; inertia: number; imputed: number[]; personas: PersonaCard[] };
  crossRfm: CrossCell[];
  crossGroups: CrossCell[];
}

export const purchaseSpan = (db: Db) => dataSpan(db, "orders", "paid_at");

export function defaultPersonaOptions(span: { from: string; to: string }, currency: string): PersonaOptions {
  return { asOf: span.to, currency, promotions: promotionWindowsParam(span.from, span.to) };
}

/** Persona cards without row indices: the typical customer's tags instead, or nothing. */
export function personaCards(rows: readonly Record<string, unknown>[], personas: readonly Persona[], withTypical: boolean): PersonaCard[] {
  return personas.map(({ typical, ...p }) => ({
    ...p,
    typicalTags: withTypical && typical >= 0 ? Object.fromEntries(TAGS.map((t) => [t.id, String(rows[typical]![t.id])])) : null
  }));
}

/**
 * A public build does not publish a value held by fewer than PUBLIC_MIN_CUSTOMERS customers (with
 * their spend, in a small shop, that is one person's); such values are merged into one row.
 */
export function mergeSmallGroups(rows: readonly TagCountRow[]): TagCountRow[] {
  const small = rows.filter((r) => r.customers < PUBLIC_MIN_CUSTOMERS);
  if (small.length === 0) return [...rows];
  const sum = (k: "customers" | "share" | "spend" | "spend_share") => small.reduce((s, r) => s + (r[k] ?? 0), 0);
  return [
    ...rows.filter((r) => r.customers >= PUBLIC_MIN_CUSTOMERS),
    { grp: "all", value: SMALL_GROUPS.code, customers: sum("customers"), share: sum("share"), spend: sum("spend"), spend_share: sum("spend_share") }
  ];
}

export async function personasDefaultView(db: Db, currency: string, forPublic = false): Promise<PersonasDefaultView | null> {
  const span = await purchaseSpan(db);
  if (!span) return null;
  const o = defaultPersonaOptions(span, currency);
  const rows = await personaCustomers.run(db, o);
  if (rows.length === 0) return null;
  const tags: Record<string, TagCountRow[]> = {};
  for (const t of TAGS) {
    const rows = await tagCounts.run(db, { ...o, tag: t.id, by: "none" });
    tags[t.id] = forPublic ? mergeSmallGroups(rows) : rows;
  }
  const model = personaModel(rows, { k: "auto" });
  const members = await behaviourMembers.run(db, o);
  return {
    span,
    settings: { ...o, k: "auto" },
    customers: rows.length,
    tags,
    groups: await behaviourGroups.run(db, o),
    model: {
      k: model.k,
      scores: model.scores,
      inertia: model.inertia,
      imputed: model.features.imputed,
      personas: personaCards(rows, model.personas, !forPublic)
    },
    crossRfm: crossTab(model.labels, rows.map((r) => String(r.rfm_segment))),
    crossGroups: crossTab(model.labels, members.map((m) => (m.groups ? m.groups.split(",") : [])))
  };
}
