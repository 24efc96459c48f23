/**
 * The occurring-values masker must mask every text exactly as createMasker remembering the same
 * values does (it only skips compiling the values that cannot match).
 */
import { describe, expect, it } from "vitest";
import { createMasker } from "../../../loaders/clean/maskPii.ts";
import { createOccurringMasker, valuesIn } from "../../../loaders/clean/occurringMasker.ts";

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe("createOccurringMasker", () => {
  const handPicked = ["李晓梅", "晓梅", "梅", "tb_晓梅2019", "雷鸣", "leiming_88", "13912345678", "tb_13912345678", " 张伟 ", "文三路398号",
    "xiaomei.li@example.com", "😀user", "ＡＢＣ１２", "ABC12", "a.b", "王五"];
  const handTexts = [
    "请联系李晓梅 13912345678，或发邮件 xiaomei.li@example.com",
    "tb_晓梅2019说晓梅和雷鸣都很好，leiming_88@example.com",
    "联系tb_13912345678，地址文三路398号5栋301室",
    "张伟 张伟张伟 😀user1 ＡＢＣ１２ ABC12 a.b a+b",
    "订单号 1234567890123456 王五139123456789",
    "",
    "nothing personal here"
  ];

  it("masks hand-picked overlaps (names, phones, e-mails, full width, emoji) exactly as createMasker", () => {
    const full = createMasker();
    const occ = createOccurringMasker();
    for (const v of handPicked) {
      full.remember(v);
      occ.remember(v);
    }
    for (const t of handTexts) expect(occ.mask(t)).toBe(full.mask(t));
    expect(occ.mask(handTexts[0])).not.toContain("李晓梅");
  });

  it("masks 3,000 random texts built from 5,000 random values exactly as createMasker", () => {
    const rnd = seeded(42);
    const pick = (s: string) => [...s][Math.floor(rnd() * [...s].length)];
    const alphabet = "王李张刘陈杨晓梅伟芳abcxyz_0123456789１２ＡＢ😀 .@-号路";
    const values: string[] = [];
    for (let i = 0; i < 5000; i++) {
      let v = "";
      const len = 2 + Math.floor(rnd() * 8);
      for (let j = 0; j < len; j++) v += pick(alphabet);
      values.push(v);
    }
    const full = createMasker();
    const occ = createOccurringMasker();
    for (const v of values) {
      full.remember(v);
      occ.remember(v);
    }
    let masked = 0;
    for (let i = 0; i < 3000; i++) {
      let t = "";
      const parts = 1 + Math.floor(rnd() * 6);
      for (let j = 0; j < parts; j++) {
        t += rnd() < 0.4 ? values[Math.floor(rnd() * values.length)] : pick(alphabet) + pick(alphabet);
        if (rnd() < 0.2) t += " 139" + String(Math.floor(rnd() * 1e8)).padStart(8, "0");
      }
      const expected = full.mask(t);
      expect(occ.mask(t)).toBe(expected);
      if (expected !== t) masked++;
    }
    expect(masked).toBeGreaterThan(1000);
  });

  it("keeps values trimmed and at least 2 characters, as createMasker does", () => {
    const occ = createOccurringMasker();
    for (const v of [" ab ", "x", "ab", "  "]) occ.remember(v);
    expect([...occ.values]).toEqual(["ab"]);
    expect([...occ.lengths]).toEqual([2]);
  });

  it("finds exactly the values that occur", () => {
    const values = new Set(["ab", "abc", "bcd", "zz"]);
    const heads = new Set([..."ab abc bcd zz".split(" ")].map((v) => v.charCodeAt(0) * 0x10000 + v.charCodeAt(1)));
    expect([...valuesIn("xabcdx", values, [2, 3], heads)].sort()).toEqual(["ab", "abc", "bcd"]);
  });
});
