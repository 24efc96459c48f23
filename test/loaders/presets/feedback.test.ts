import { describe, expect, it } from "vitest";
import { RowError, RowExcluded } from "../../../loaders/presets/preset.ts";
import { reviewsKaggleClothing } from "../../../loaders/presets/reviewsKaggleClothing.ts";
import { reviewsLabelled } from "../../../loaders/presets/reviewsLabelled.ts";
import { shopComplaints } from "../../../loaders/presets/shopComplaints.ts";
import { shopNps } from "../../../loaders/presets/shopNps.ts";
import { taobaoReviews } from "../../../loaders/presets/taobaoReviews.ts";
import { at, fakeContext, rec } from "./fakeContext.ts";

describe("taobao-reviews", () => {
  const h = "评价时间,订单编号,宝贝ID,买家会员名,评分,评价内容,追评内容";
  it("joins the follow-up review, masks the text and detects Chinese", () => {
    const ctx = fakeContext();
    ctx.rememberPersonal("王小明");
    const [out] = taobaoReviews.map(rec(h, "2024-01-06 12:00:00,A1,600001,tb_li,5,很好，王小明推荐的,用了一个月还不错"), ctx);
    expect(out).toEqual({
      table: "feedback",
      row: {
        feedback_id: "A1-600001", kind: "review", created_at: at("2024-01-06 12:00:00"), customer_id: "p:tb_li", order_id: "A1",
        product_id: "600001", rating: 5, nps: null, text: "很好，***推荐的 追评：用了一个月还不错", lang: "zh"
      }
    });
  });
  it("detects English and rejects a rating outside 1–5", () => {
    expect(taobaoReviews.map(rec(h, "2024-01-06 12:00:00,A1,600001,,4,Nice scarf,"), fakeContext())[0].row).toMatchObject({ text: "Nice scarf", lang: "en", customer_id: null });
    expect(() => taobaoReviews.map(rec(h, "2024-01-06 12:00:00,A1,600001,,6,x,"), fakeContext())).toThrow(RowError);
  });
});

describe("shop-complaints", () => {
  it("maps a complaint with its type as a text prefix", () => {
    const h = "创建时间,订单编号,买家会员名,投诉类型,投诉内容";
    const ctx = fakeContext();
    const [a] = shopComplaints.map(rec(h, "2024-02-01 09:00:00,A1,tb_li,物流,三天没发货"), ctx);
    const [b] = shopComplaints.map(rec(h, "2024-02-01 09:00:00,A1,tb_li,物流,三天没发货"), ctx);
    expect(a.row).toMatchObject({ kind: "complaint", order_id: "A1", customer_id: "p:tb_li", text: "物流：三天没发货", lang: "zh", rating: null });
    expect(a.row.feedback_id).toMatch(/^complaint:A1:/);
    expect(b.row.feedback_id).toBe(`${a.row.feedback_id}#2`);
  });
});

describe("shop-nps", () => {
  const h = "提交时间,买家会员名,推荐意愿,意见建议";
  it("maps 推荐意愿 0–10 to nps", () => {
    const [out] = shopNps.map(rec(h, "2024-03-01 20:00:00,tb_li,0,发货太慢"), fakeContext());
    expect(out.row).toMatchObject({ kind: "survey", nps: 0, rating: null, customer_id: "p:tb_li", text: "发货太慢", created_at: at("2024-03-01 20:00:00") });
    expect(shopNps.map(rec(h, "2024-03-01 20:00:00,tb_li,10,"), fakeContext())[0].row).toMatchObject({ nps: 10, text: null, lang: null });
    expect(() => shopNps.map(rec(h, "2024-03-01 20:00:00,tb_li,11,"), fakeContext())).toThrow(RowError);
  });
});

describe("reviews-labelled", () => {
  it("puts label 1 / 0 on the rating scale as 5 / 1 and numbers records per file", () => {
    const ctx = fakeContext({ sourceFile: "reviews/waimai.csv" });
    const [a] = reviewsLabelled.map({ label: "1", review: "很快，好吃" }, ctx);
    const [b] = reviewsLabelled.map({ label: "0", review: "too cold" }, ctx);
    expect(a.row).toMatchObject({ feedback_id: "reviews/waimai.csv#1", kind: "review", rating: 5, text: "很快，好吃", lang: "zh" });
    expect(b.row).toMatchObject({ feedback_id: "reviews/waimai.csv#2", rating: 1, lang: "en" });
  });
  it("excludes empty reviews and quarantines other labels", () => {
    expect(() => reviewsLabelled.map({ label: "1", review: " " }, fakeContext())).toThrow(RowExcluded);
    expect(() => reviewsLabelled.map({ label: "2", review: "x" }, fakeContext())).toThrow(RowError);
  });
});

describe("reviews-kaggle-clothing", () => {
  const h = ",Clothing ID,Age,Title,Review Text,Rating,Recommended IND,Positive Feedback Count,Division Name,Department Name,Class Name";
  it("maps Rating, Title + Review Text and Clothing ID; Age is not kept", () => {
    const [out] = reviewsKaggleClothing.map(rec(h, "7,1082,49,Great design,Too long for me,3,0,2,General,Dresses,Dresses"), fakeContext());
    expect(out.row).toEqual({
      feedback_id: "kaggle-clothing:7", kind: "review", created_at: null, customer_id: null, order_id: null, product_id: "1082",
      rating: 3, nps: null, text: "Great design\nToo long for me", lang: "en"
    });
  });
  it("excludes the header repeated inside a concatenated file", () => {
    expect(() => reviewsKaggleClothing.map(rec(h, h), fakeContext())).toThrow(RowExcluded);
  });
});
