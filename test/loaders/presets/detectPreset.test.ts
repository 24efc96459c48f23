import { describe, expect, it } from "vitest";
import { PRESETS, detectPreset, presetById } from "../../../loaders/presets/index.ts";

/** The canonical first line of each format (header, or first record for header-less logs). */
const CANONICAL: Record<string, string[]> = {
  "taobao-orders":
    "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺名称,订单关闭原因,分阶段订单信息,退款金额,确认收货时间,发货时间,是否手机订单".split(","),
  "taobao-items": "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码".split(","),
  "sycm-traffic": "统计日期,流量来源,访客数,浏览量,下单买家数,支付买家数,支付金额,支付转化率".split(","),
  "sycm-items": "统计日期,商品ID,商品名称,商品访客数,商品浏览量,加购件数,商品收藏人数,支付件数,支付买家数,支付金额".split(","),
  "sycm-search-terms": "统计日期,搜索词,访客数,支付买家数,支付金额,支付转化率".split(","),
  "shop-members": "买家会员名,姓名,手机号,邮箱,性别,出生日期,所在地区,会员等级,注册时间,注册渠道".split(","),
  "shop-products": "宝贝ID,商家编码,宝贝标题,类目,品牌,一口价,价格档,上架时间".split(","),
  "taobao-reviews": "评价时间,订单编号,宝贝ID,买家会员名,评分,评价内容,追评内容".split(","),
  "shop-complaints": "创建时间,订单编号,买家会员名,投诉类型,投诉内容".split(","),
  "shop-nps": "提交时间,买家会员名,推荐意愿,意见建议".split(","),
  "shop-search-log": "搜索时间,访客ID,会话ID,搜索词,结果数,是否点击".split(","),
  "shop-events": "event_time,visitor_id,member_nick,session_id,event_type,item_id,category,traffic_source,device,page,element".split(","),
  "experiment-assignments": "experiment_id,visitor_id,variant,assigned_at".split(","),
  "tianchi-behavior": "1,2268318,2520377,pv,1511544070".split(","),
  "rees46-events": "event_time,event_type,product_id,category_id,category_code,brand,price,user_id,user_session".split(","),
  "uci-online-retail": "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".split(","),
  "olist-orders":
    "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date".split(","),
  "olist-items": "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value".split(","),
  "olist-customers": "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state".split(","),
  "olist-products":
    "product_id,product_category_name,product_name_lenght,product_description_lenght,product_photos_qty,product_weight_g,product_length_cm,product_height_cm,product_width_cm".split(","),
  "olist-category-translation": "product_category_name,product_category_name_english".split(","),
  "shopify-orders":
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Province,Shipping Name,Shipping Province,Shipping Country,Refunded Amount,Vendor,Id".split(","),
  "cdnow-master": "00001 19970101 1 11.77".split(" "),
  "cdnow-sample": "00004 0001 19970101 2 29.33".split(" "),
  "reviews-labelled": ["label", "review"],
  "reviews-kaggle-clothing":
    ",Clothing ID,Age,Title,Review Text,Rating,Recommended IND,Positive Feedback Count,Division Name,Department Name,Class Name".split(","),
  "search-log-generic": ["query_id", "query", "query_class"]
};

describe("detectPreset", () => {
  it("has a canonical header for every preset", () => {
    expect(Object.keys(CANONICAL).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  for (const [id, header] of Object.entries(CANONICAL)) {
    it(`recognises ${id} with a margin`, () => {
      const d = detectPreset({ fileName: "x.csv", header });
      expect(d?.preset.id).toBe(id);
      expect(d!.score).toBeGreaterThanOrEqual(0.8);
      expect(d!.score - (d!.runnerUp?.score ?? 0)).toBeGreaterThanOrEqual(0.15);
    });
  }

  it("recognises the trimmed Taobao order report", () => {
    const header = ["订单编号", "总金额", "买家实际支付金额", "收货地址", "订单创建时间", "订单付款时间", "退款金额"];
    expect(detectPreset({ fileName: "x.csv", header })?.preset.id).toBe("taobao-orders");
  });

  it("recognises headers regardless of BOM, padding and case", () => {
    expect(detectPreset({ fileName: "x.csv", header: ["\uFEFFLabel ", " REVIEW"] })?.preset.id).toBe("reviews-labelled");
  });

  it("recognises the CDNOW master file by its header line, and whole unsplit lines", () => {
    const header = ["customer_id", "date", "number_of_cds", "dollar_value"];
    expect(detectPreset({ fileName: "CDNOW_master.txt", header })?.preset.id).toBe("cdnow-master");
    expect(detectPreset({ fileName: "x.txt", header: [" 00004 0001 19970101  2   29.33"] })?.preset.id).toBe("cdnow-sample");
  });

  it("rejects a 生意参谋 title line, so the pipeline moves on to the real header", () => {
    expect(detectPreset({ fileName: "x.csv", header: ["统计日期：2024-01-01~2025-12-31"] })).toBeNull();
  });

  it("returns null for an unknown header", () => {
    expect(detectPreset({ fileName: "x.csv", header: ["foo", "bar"] })).toBeNull();
  });

  it("looks presets up by id and names the known ones otherwise", () => {
    expect(presetById("olist-orders").id).toBe("olist-orders");
    expect(() => presetById("nope")).toThrow(/unknown preset "nope"; known presets: taobao-orders, /);
  });

  it("has unique ids", () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });
});
