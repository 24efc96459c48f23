/**
 * Public builds merge tag values held by fewer than 5 customers into one row, so no published
 * count (with its spend) is one or a few people's.
 */
import { describe, expect, it } from "vitest";
import { mergeSmallGroups } from "../../../../src/analyses/personas/personasDefaultView.ts";
import { SMALL_GROUPS, tagById, tagValueLabel } from "../../../../src/personas/tagCatalog.ts";

const row = (value: string, customers: number, spend: number) => ({ grp: "all", value, customers, share: customers / 20, spend, spend_share: spend / 1000 });

describe("mergeSmallGroups", () => {
  it("keeps values with 5 or more customers and sums the rest into one row", () => {
    // 12 + 5 kept; 2 + 1 = 3 customers, 60 + 40 = 100 spend merged; shares 3/20 and 0.1.
    const merged = mergeSmallGroups([row("广东", 12, 700), row("浙江", 5, 200), row("西藏", 2, 60), row("青海", 1, 40)]);
    expect(merged.map((r) => [r.value, r.customers, r.spend])).toEqual([["广东", 12, 700], ["浙江", 5, 200], [SMALL_GROUPS.code, 3, 100]]);
    expect(merged[2]!.share).toBeCloseTo(3 / 20, 12);
    expect(merged[2]!.spend_share).toBeCloseTo(0.1, 12);
    expect(merged.reduce((s, r) => s + r.customers, 0)).toBe(20);
  });

  it("leaves rows alone when every value has 5 or more customers, and labels the merged row", () => {
    expect(mergeSmallGroups([row("A", 5, 1)])).toEqual([row("A", 5, 1)]);
    expect(tagValueLabel(tagById("province"), SMALL_GROUPS.code, "zh")).toBe("其他（每项不足 5 人）");
  });
});
