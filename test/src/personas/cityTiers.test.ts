/** The city-tier rule on the spellings exports use: with or without 市, Latin names, Hong Kong and Taiwan cities. */
import { describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { cityTierSql } from "../../../src/personas/cityTiers.ts";

describe("cityTierSql", () => {
  it("places tier-1, new-tier-1, other, outside-the-mainland and unknown cities", async () => {
    const m = await memoryDb();
    try {
      const cities = ["上海", "深圳市", "杭州市", "绵阳", "São Paulo", "London", "香港", "台北市", null];
      const rows = await m.db.query<{ tier: string | null }>(
        `SELECT ${cityTierSql("c")} AS tier FROM (SELECT unnest([${cities.map((c) => (c === null ? "NULL" : `'${c}'`)).join(", ")}]::VARCHAR[]) AS c, generate_subscripts([${cities.map(() => "0").join(", ")}], 1) AS i) ORDER BY i`
      );
      expect(rows.map((r) => r.tier)).toEqual(["tier1", "tier1", "new_tier1", "other", "overseas", "overseas", "overseas", "overseas", null]);
    } finally {
      m.close();
    }
  });
});
