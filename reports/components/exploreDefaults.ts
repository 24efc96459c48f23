import type { BuildInfo } from "./pageDb.js";

/** The query Explore opens with when the URL carries none: something useful for the build's mode. */
export function defaultSql(info: Pick<BuildInfo, "mode" | "publishedTables">): string {
  if (info.mode === "internal" && info.publishedTables.includes("orders")) {
    return [
      "SELECT date_trunc('month', paid_at)::DATE AS month, currency,",
      "  count(*)::INTEGER AS paid_orders, sum(amount_paid)::DOUBLE AS paid",
      "FROM orders WHERE paid_at IS NOT NULL AND status <> 'cancelled'",
      "GROUP BY ALL ORDER BY ALL"
    ].join("\n");
  }
  return "SELECT table_name, sum(rows_written)::BIGINT AS rows_written\nFROM quality GROUP BY ALL ORDER BY rows_written DESC";
}
