import { describe, expect, it } from "vitest";
import { preferredLang } from "../../../src/i18n/lang.ts";
import { EN, ZH } from "../../../src/i18n/strings.ts";
import { t, tMaybe } from "../../../src/i18n/t.ts";

describe("strings", () => {
  it("has every key in both languages, none empty", () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
    for (const [key, text] of [...Object.entries(ZH), ...Object.entries(EN)]) expect(text, key).not.toBe("");
  });
  it("uses the same placeholders in both languages", () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(ZH) as (keyof typeof ZH)[]) expect(holes(EN[key]), key).toEqual(holes(ZH[key]));
  });
  it("writes Chinese strings in Chinese", () => {
    const latinOnly = Object.entries(ZH).filter(([k, s]) => !/[\u4e00-\u9fff]/.test(s) && k !== "site.title" && k !== "lang.switch");
    expect(latinOnly).toEqual([]);
  });
});

describe("t", () => {
  it("fills placeholders", () => {
    expect(t("zh", "common.rows", { n: 3 })).toBe("3 行");
    expect(t("en", "explore.tablesLoaded", { tables: "orders" })).toBe("Tables you can query: orders");
  });
  it("throws on an unknown key and falls back in tMaybe", () => {
    expect(() => t("en", "nope" as never)).toThrow("missing string: en.nope");
    expect(tMaybe("zh", "report.unknown", "unknown")).toBe("unknown");
    expect(tMaybe("zh", "report.rfm", "x")).toBe("RFM 分层");
  });
});

describe("preferredLang", () => {
  it("picks Chinese for any zh tag, English otherwise", () => {
    expect(preferredLang(["zh-TW", "en"])).toBe("zh");
    expect(preferredLang(["fr-FR", "en-GB", "zh"])).toBe("en");
    expect(preferredLang(["fr"])).toBe("en");
    expect(preferredLang([])).toBe("en");
  });
});
