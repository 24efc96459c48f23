import { describe, expect, it } from "vitest";
import { PROVINCES, normalizeProvince, splitAddress } from "../../../loaders/clean/provinces.ts";

describe("PROVINCES", () => {
  it("lists the 34 provincial divisions once each", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.zh)).size).toBe(34);
    expect(new Set(PROVINCES.map((p) => p.en)).size).toBe(34);
    expect(PROVINCES).toContainEqual({ zh: "陕西", en: "Shaanxi" });
    expect(PROVINCES).toContainEqual({ zh: "山西", en: "Shanxi" });
  });
});

describe("normalizeProvince", () => {
  it("accepts short and official Chinese names", () => {
    const cases: [string, string][] = [
      ["上海", "上海"],
      ["上海市", "上海"],
      ["广东省", "广东"],
      ["广西壮族自治区", "广西"],
      ["内蒙古自治区", "内蒙古"],
      ["新疆维吾尔自治区", "新疆"],
      ["宁夏回族自治区", "宁夏"],
      ["西藏自治区", "西藏"],
      ["香港特别行政区", "香港"],
      ["澳门特别行政区", "澳门"],
      ["黑龙江省", "黑龙江"],
      [" 陕西 ", "陕西"]
    ];
    for (const [s, want] of cases) expect([s, normalizeProvince(s)]).toEqual([s, want]);
  });

  it("accepts English names and pinyin in any case", () => {
    const cases: [string, string][] = [
      ["Guangdong", "广东"],
      ["GUANGDONG PROVINCE", "广东"],
      ["guangdong sheng", "广东"],
      ["Shanghai Shi", "上海"],
      ["Inner Mongolia", "内蒙古"],
      ["Nei Mongol", "内蒙古"],
      ["Guangxi Zhuang Autonomous Region", "广西"],
      ["Tibet", "西藏"],
      ["xizang", "西藏"],
      ["Hong Kong SAR", "香港"],
      ["hongkong", "香港"],
      ["Macao", "澳门"],
      ["Shaanxi", "陕西"],
      ["Shanxi", "山西"],
      ["Beijing, China", "北京"]
    ];
    for (const [s, want] of cases) expect([s, normalizeProvince(s)]).toEqual([s, want]);
  });

  it("accepts full addresses that start with a province", () => {
    expect(normalizeProvince("广东省 深圳市 南山区 科技园路1号")).toBe("广东");
    expect(normalizeProvince("广东省深圳市南山区科技园路1号")).toBe("广东");
    expect(normalizeProvince("上海市浦东新区世纪大道100号")).toBe("上海");
  });

  it("returns null for unknown or empty values", () => {
    expect(normalizeProvince("")).toBeNull();
    expect(normalizeProvince("深圳市南山区")).toBeNull();
    expect(normalizeProvince("Atlantis")).toBeNull();
  });
});

describe("splitAddress", () => {
  it("uses the municipality itself as the city", () => {
    expect(splitAddress("上海")).toEqual({ province: "上海", city: "上海" });
    expect(splitAddress("上海市浦东新区世纪大道100号")).toEqual({ province: "上海", city: "上海" });
    expect(splitAddress("北京市 朝阳区 建国路88号")).toEqual({ province: "北京", city: "北京" });
  });

  it("takes the next …市 token as the city, without 市", () => {
    expect(splitAddress("广东省 深圳市 南山区 科技园路1号")).toEqual({ province: "广东", city: "深圳" });
    expect(splitAddress("广东省深圳市南山区科技园路1号5栋301室")).toEqual({ province: "广东", city: "深圳" });
    expect(splitAddress("浙江省杭州市西湖区")).toEqual({ province: "浙江", city: "杭州" });
    expect(splitAddress("吉林省吉林市船营区")).toEqual({ province: "吉林", city: "吉林" });
    expect(splitAddress("广西壮族自治区南宁市青秀区")).toEqual({ province: "广西", city: "南宁" });
  });

  it("keeps prefecture, league and region names whole", () => {
    expect(splitAddress("湖南省湘西土家族苗族自治州吉首市")).toEqual({ province: "湖南", city: "湘西土家族苗族自治州" });
    expect(splitAddress("内蒙古自治区阿拉善盟阿拉善左旗")).toEqual({ province: "内蒙古", city: "阿拉善盟" });
    expect(splitAddress("西藏自治区阿里地区")).toEqual({ province: "西藏", city: "阿里地区" });
  });

  it("accepts a blank-separated city without 市 but never a district or street", () => {
    expect(splitAddress("广东 深圳 南山区")).toEqual({ province: "广东", city: "深圳" });
    expect(splitAddress("广东省 南山区 科技园路1号")).toEqual({ province: "广东", city: null });
    expect(splitAddress("广东省")).toEqual({ province: "广东", city: null });
  });

  it("returns nulls when no province is recognised", () => {
    expect(splitAddress("")).toEqual({ province: null, city: null });
    expect(splitAddress("某某路1号")).toEqual({ province: null, city: null });
    expect(splitAddress("Guangdong")).toEqual({ province: "广东", city: null });
  });
});
