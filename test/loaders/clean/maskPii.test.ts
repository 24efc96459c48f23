import { describe, expect, it } from "vitest";
import { createMasker, literalAlternation } from "../../../loaders/clean/maskPii.ts";

const mask = (text: string) => createMasker().mask(text);

describe("createMasker().mask", () => {
  it("masks mobile numbers in the usual spellings", () => {
    expect(mask("电话13812345678。")).toBe("电话[PHONE]。");
    expect(mask("call +86 138-1234-5678 now")).toBe("call [PHONE] now");
    expect(mask("138 1234 5678")).toBe("[PHONE]");
    expect(mask("手机：１３８１２３４５６７８")).toBe("手机：[PHONE]");
  });

  it("masks landlines", () => {
    expect(mask("固话021-12345678或0755-1234567")).toBe("固话[PHONE]或[PHONE]");
  });

  it("masks e-mail addresses", () => {
    expect(mask("邮箱 wang.li+shop@mail.example.com.cn 谢谢")).toBe("邮箱 [EMAIL] 谢谢");
  });

  it("masks ID numbers and bank cards", () => {
    expect(mask("身份证11010519491231002X")).toBe("身份证[ID]");
    expect(mask("id 440305199001011234.")).toBe("id [ID].");
    expect(mask("卡号6222021234567890123")).toBe("卡号[CARD]");
    expect(mask("card 6222 0212 3456 7890")).toBe("card [CARD]");
  });

  it("masks street-address fragments", () => {
    expect(mask("寄到科技园路1号5栋301室谢谢")).toBe("寄到[ADDRESS]谢谢");
    expect(mask("长乐路100弄5号302室")).toBe("[ADDRESS]");
    expect(mask("南京东街12号")).toBe("[ADDRESS]");
    expect(mask("放在1502室门口")).toBe("放在[ADDRESS]门口");
    expect(mask("地址：我住在光明路8号")).toBe("地址：我住在[ADDRESS]");
  });

  it("keeps prices, dates, quantities and order ids", () => {
    const text = "订单123456789012345678于2020-02-01 08:05付款¥1234.50，共3件，order 1234567890123456";
    expect(mask(text)).toBe(text);
    expect(mask("订单号：1234567890123456789 已发货")).toBe("订单号：1234567890123456789 已发货");
    expect(mask("Order #1234567890123456")).toBe("Order #1234567890123456");
    expect(mask("价格 1299.00 元，重 2.5kg，20200201")).toBe("价格 1299.00 元，重 2.5kg，20200201");
  });

  it("masks remembered values literally, longest first", () => {
    const m = createMasker();
    m.remember("张伟");
    m.remember(" 张伟伟 ");
    m.remember("a.b*c");
    m.remember("李"); // too short to mask safely
    expect(m.mask("张伟伟和张伟说a.b*c，李")).toBe("[NAME]和[NAME]说[NAME]，李");
    expect(m.mask("axbbc")).toBe("axbbc");
  });

  it("picks up values remembered after the first mask call", () => {
    const m = createMasker();
    expect(m.mask("王芳好评")).toBe("王芳好评");
    m.remember("王芳");
    expect(m.mask("王芳好评")).toBe("[NAME]好评");
  });

  it("lets an e-mail keep its token even when a remembered nickname is inside it", () => {
    const m = createMasker();
    m.remember("zhang");
    expect(m.mask("zhang@x.com, zhang")).toBe("[EMAIL], [NAME]");
  });

  it("resumes structured matching after a remembered value", () => {
    const m = createMasker();
    m.remember("王五");
    m.remember("user138");
    expect(m.mask("王五13812345678")).toBe("[NAME][PHONE]");
    // The name starts first, so the phone-like digits it overlaps are not a phone any more.
    expect(m.mask("user13812345678, 13912345678")).toBe("[NAME]12345678, [PHONE]");
  });

  it("leaves empty text alone", () => {
    expect(mask("")).toBe("");
  });
});

describe("literalAlternation", () => {
  it("matches exactly the given values, preferring the longest", () => {
    const re = new RegExp(`^(?:${literalAlternation(["ab", "abc", "b(", "x"])})`, "u");
    expect(re.exec("abcd")?.[0]).toBe("abc");
    expect(re.exec("abd")?.[0]).toBe("ab");
    expect(re.exec("b(")?.[0]).toBe("b(");
    expect(re.exec("a")).toBeNull();
    expect(re.exec("y")).toBeNull();
  });
});
