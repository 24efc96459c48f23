/**
 * The Chinese descriptions of every table and column in ALL_TABLES (src/schema.ts).
 *
 * The schema module is the loaders' and analyses' contract, and its descriptions are written in
 * English only. The Explore page shows them beside the SQL editor, and every reader-facing text
 * must exist in both languages, so this file holds their Chinese for the pages. Column names,
 * codes (status values, event types …) and file names stay untranslated: readers type them in SQL.
 * test/src/i18n/schemaZh.test.ts checks that this file and ALL_TABLES name the same tables and
 * columns, so a column added to the schema without its Chinese fails the tests.
 */
import type { Lang } from "./lang.js";
import { ZH } from "./strings.js";
import { ALL_TABLES, EVENT_TYPES, FEEDBACK_KINDS, ORDER_STATUSES, type OrderStatus } from "../schema.js";

export interface SchemaTextZh {
  readonly description: string;
  readonly columns: Readonly<Record<string, string>>;
}

/** The order status codes, glossed with the platform's wording (src/schema.ts ORDER_STATUSES). */
const STATUS_ZH: Record<OrderStatus, string> = {
  pending_payment: "等待买家付款",
  paid: "买家已付款，等待卖家发货",
  shipped: "卖家已发货，等待买家确认",
  completed: "交易成功",
  refunding: "退款中",
  refunded: "付款后已全额退款",
  cancelled: "未付款即交易关闭，或被店铺取消"
};

/** "code（释义）、code（释义）…": the codes stay literal, so they can be copied into SQL. */
const glossed = <Code extends string>(codes: readonly Code[], gloss: (code: Code) => string): string =>
  codes.map((code) => `${code}（${gloss(code)}）`).join("、");

export const SCHEMA_ZH: Record<string, SchemaTextZh> = {
  customers: {
    description: "每位客户一行（假名化编号）；人口属性按店铺记录的原样保留。",
    columns: {
      customer_id: "假名化的客户编号（店铺自有编号的带密钥哈希）。",
      first_seen_date: "客户在任一导出文件中最早出现的日期（注册或首次下单）。",
      gender: "F、M；未知时为 null。",
      birth_year: "出生年份（有记录时）。",
      province: "规范化后的省级行政区（34 个之一）；中国境外为国家或地区名称。",
      city: "城市，按记录原样（已去除街道地址）。",
      acquisition_channel: "客户首次到店的渠道。",
      member_level: "在店铺会员体系中的会员等级。"
    }
  },
  orders: {
    description: "每个订单一行，取其在全部导出文件中最新的已知状态。",
    columns: {
      order_id: "平台生成的订单编号。",
      customer_id: "假名化的客户编号；导出中没有时为 null。",
      ordered_at: "订单创建时间（店铺当地时间）。",
      paid_at: "付款时间；null 表示从未付款。",
      shipped_at: "发货时间。",
      received_at: "确认收货时间。",
      status: `取值之一：${glossed(ORDER_STATUSES, (s) => STATUS_ZH[s])}。`,
      amount_total: "买家付款前的应付金额，含邮费（总金额）。",
      amount_paid: "实际支付金额，含邮费（买家实际支付金额）；未付款时为 0。",
      postage: "收取的邮费（买家应付邮费）。",
      discount: "优惠金额（导出中没有时按 amount_total − amount_paid 计算）。",
      refund_amount: "退款金额；没有退款时为 0。",
      refunded_at: "退款发生的时间；时间未知或没有退款时为 null（见 sources.refund_time_known）。",
      currency: "本行所有金额列的币种（ISO 4217 代码）。",
      channel: "销售渠道或平台（taobao、tmall、shopify、olist、web …）。",
      province: "收货省份（已规范化）；街道地址从不保留。",
      is_presale: "预售订单（定金和尾款已合并为一个订单）。"
    }
  },
  order_items: {
    description: "订单明细行。",
    columns: {
      order_id: "该明细行所属的订单。",
      line_no: "订单内的行号（从 1 开始）。",
      product_id: "商品（宝贝）ID。",
      sku: "商家 SKU 编码（商家编码）。",
      title: "下单时的商品标题。",
      category: "商品类目。",
      brand: "品牌。",
      quantity: "件数。",
      unit_price: "单价，以该订单的币种计。"
    }
  },
  products: {
    description: "商品目录。",
    columns: {
      product_id: "商品（宝贝）ID。",
      sku: "商家 SKU 编码。",
      title: "标题。",
      category: "类目。",
      brand: "品牌。",
      price: "标价。",
      currency: "price 的币种。",
      price_tier: "low / mid / high：按店铺自己的标注，或按同类目内的价格三分位划分。",
      listed_date: "首次上架日期。"
    }
  },
  events: {
    description: "行为事件（页面浏览、收藏、加购、购买……）。",
    columns: {
      event_at: "行为发生时间（店铺当地时间）。",
      visitor_id: "假名化的访客编号（设备或用户）。",
      customer_id: "访客是已知客户时，其假名化的客户编号。",
      session_id: "导出中的会话 ID；导出中没有时为 null。",
      event_type: `取值之一：${glossed(EVENT_TYPES, (e) => ZH[`event.${e}` as const])}。`,
      product_id: "涉及的商品。",
      category: "商品类目。",
      traffic_source: "本次访问的流量来源。",
      device: "设备类型（mobile、pc、app …）。",
      page: "页面。",
      element: "被点击的页面元素（用于点击事件）。"
    }
  },
  searches: {
    description: "站内搜索日志（搜索词中的个人信息已遮盖）。",
    columns: {
      searched_at: "搜索时间（店铺当地时间）；日志中没有时为 null（例如只有搜索词列表）。",
      visitor_id: "假名化的访客编号。",
      session_id: "会话 ID。",
      query: "顾客输入的搜索词原文，个人信息已遮盖。",
      results_count: "展示的结果数；0 表示无结果搜索。",
      clicked: "是否点击了某个结果。"
    }
  },
  feedback: {
    description: "评价、投诉、问卷回答和客服对话（文本中的个人信息已遮盖）。",
    columns: {
      feedback_id: "条目 ID（来自导出，或由文件名和行号生成）。",
      kind: `取值之一：${glossed(FEEDBACK_KINDS, (k) => ZH[`fb.kind.${k}` as const])}。`,
      created_at: "撰写时间。",
      customer_id: "假名化的客户编号。",
      order_id: "所涉及的订单。",
      product_id: "所涉及的商品。",
      rating: "星级评分 1–5。",
      nps: "推荐可能性 0–10 分。",
      text: "文本，个人信息已遮盖。",
      lang: "zh 或 en（导出中没有时自动检测）。"
    }
  },
  experiments: {
    description: "A/B 实验的分组记录。",
    columns: {
      experiment_id: "实验。",
      visitor_id: "假名化的访客编号。",
      variant: "访客被分到的组。",
      assigned_at: "分组时间。"
    }
  },
  traffic_daily: {
    description: "按来源的每日流量，来自平台汇总导出（生意参谋 流量来源）。",
    columns: {
      date: "日期。",
      source: "流量来源。",
      visitors: "访客数（当日去重）。",
      page_views: "浏览量。",
      order_buyers: "下单买家数。",
      paying_buyers: "支付买家数。",
      paid_amount: "支付金额。",
      currency: "paid_amount 的币种。"
    }
  },
  product_daily: {
    description: "每日商品效果，来自平台汇总导出（生意参谋 商品效果）。",
    columns: {
      date: "日期。",
      product_id: "商品（宝贝）ID。",
      title: "商品标题。",
      visitors: "访客数。",
      page_views: "浏览量。",
      cart_units: "加购件数。",
      fav_buyers: "收藏人数。",
      paying_buyers: "支付买家数。",
      paid_units: "支付件数。",
      paid_amount: "支付金额。",
      currency: "paid_amount 的币种。"
    }
  },
  search_terms_daily: {
    description: "每日带来访客的搜索词，来自平台汇总导出（生意参谋 引流搜索词）。",
    columns: {
      date: "日期。",
      term: "搜索词，个人信息已遮盖。",
      visitors: "该词带来的访客数。",
      paying_buyers: "支付买家数。",
      paid_amount: "支付金额。",
      currency: "paid_amount 的币种。"
    }
  },

  search_queries: {
    description: "每个不同的搜索文本一行：标准化形式、语言、分词结果和意图（构建时生成）。",
    columns: {
      query: "与 searches.query 或 search_terms_daily.term 完全相同的文本。",
      query_norm: "标准化后的文本：NFKC、转小写、转半角，统一标点和拼写变体。",
      lang: "zh 或 en。",
      tokens: "经过分词、去停用词和词干化后的词，用 '|' 连接；没有时为空字符串。",
      token_count: "词数。",
      char_count: "标准化后搜索词的字符数（一个汉字算一个）。",
      intent: "brand、product、attribute、price、promotion 或 question（见 src/search/intentRules.ts）。"
    }
  },
  feedback_scores: {
    description: "每条有文本的反馈一行：情绪、涉及的方面和数据发现的话题（构建时生成）。",
    columns: {
      feedback_id: "对应的反馈条目。",
      sentiment: "positive（正面）、negative（负面）或 neutral（中性）。",
      score: "类似概率的正面得分，取值范围 [0, 1]（词典法：由 −1…1 线性换算而来）。",
      scored_by: "rating（该条目自身的星级）、model（用本店有星级的条目训练的模型）或 lexicon（情感词典）。",
      aspects: "方面 ID，用 '|' 连接（见 src/topics/aspectDictionaries.ts）；没有时为空字符串。",
      topic: "占主导的数据发现话题（NMF）的编号，从 0 开始；文本中没有模型所用的词时为 null。",
      topic_weight: "主导话题的权重。"
    }
  },
  feedback_topics: {
    description: "用 NMF 从反馈文本中发现的话题，每个话题以其权重最高的词命名（构建时生成）。",
    columns: {
      topic: "话题编号，从 0 开始。",
      top_terms: "权重最高的词，用 '|' 连接，最强的在前。",
      documents: "以该话题为主导话题的条目数。",
      share: "在含有模型所用词的条目中所占的比例。"
    }
  },
  feedback_opinions: {
    description: "方面与评价词的配对（物流 → 很快），以及有多少条目包含该配对（构建时生成）。",
    columns: {
      aspect: "方面 ID。",
      aspect_word: "指出该方面的词（方面词）。",
      opinion: "评价词，保留否定（如“不快”）。",
      negated: "评价词是否被否定。",
      items: "包含该配对的反馈条数。"
    }
  },
  visit_days: {
    description: "每日行为数和浏览量：经营概览不必读取原始日志即可得到浏览量（构建时生成，src/analyses/overviewFacts.ts）。",
    columns: {
      date: "行为发生的日期（店铺当地日期）。",
      events: "当天的行为数（全部类型）。",
      page_views: "其中浏览行为的数量。"
    }
  },
  sales_days: {
    description:
      "按付款日和币种汇总的购买（指标字典的定义）及其金额：经营概览不必读取订单表即可得到金额（构建时生成，src/analyses/overviewFacts.ts）。",
    columns: {
      date: "付款日期（店铺当地日期）。",
      currency: "金额的币种。",
      purchases: "购买数（已付款且未取消的订单）。",
      refunded_purchases: "其中有退款的购买数。",
      amount_paid: "amount_paid 之和（支付金额，含邮费，不扣除退款），精确到分。",
      net_amount: "amount_paid 之和减去退款，精确到分。"
    }
  },
  people_days: {
    description:
      "访客、有购买的访客、支付买家和复购买家的人数，存为任意日期范围都能精确加总的计数：当 d0 ≤ date ≤ d1 且 since < d0 ≤ until 时，该行的人数计入日期范围 [d0, d1]（构建时生成；方法见 src/analyses/overviewFacts.ts）。",
    columns: {
      date: "这些人被计数的日期（店铺当地日期）。",
      kind: "1 访客，2 有购买的访客，3 支付买家，4 复购买家（src/analyses/overviewFacts.ts 中的 PEOPLE）。",
      currency: "币种，用于支付买家和复购买家；访客为 null。",
      since: "日期范围必须在此日之后开始（即这些人的前一个日期；没有时为 0001-01-01）。",
      until: "……且在此日当天或之前开始。",
      people: "人数。"
    }
  },
  purchase_currencies: {
    description: "店铺收款的每种币种一行：购买数，以及其中有多少带客户编号（构建时生成，src/analyses/overviewFacts.ts）。",
    columns: {
      currency: "币种。",
      purchases: "以该币种付款的购买数（已付款且未取消的订单）。",
      keyed_purchases: "其中带客户编号的购买数。"
    }
  },
  feedback_model: {
    description: "情绪是如何打分的，以及训练出的模型在留出的有星级条目上的准确程度。",
    columns: {
      method: "model（用星级训练的模型）或 lexicon（情感词典）。",
      rated_items: "既有星级又有文本的条目数（训练材料）。",
      held_out: "留出用于检验的有星级条目数（分层抽取的一半）。",
      accuracy: "留出检验集上的准确率。",
      balanced_accuracy: "留出检验集上的平衡准确率。",
      macro_f1: "留出检验集上的宏平均 F1。",
      majority_rate: "留出条目中较大一类所占的比例。",
      lexicon_balanced_accuracy: "词典法在同一批留出条目上的平衡准确率。"
    }
  },

  sources: {
    description: "每个原始文件一行：读取它的预设（preset）以及文件中声明的信息。",
    columns: {
      source_file: "data/ 下的文件路径。",
      preset: "识别出该文件的预设。",
      encoding: "检测到的文本编码。",
      source_time_zone: "文件中的时间所声明的时区。",
      export_date: "声明的导出时间，或文件中最晚的状态时间。",
      refund_time_known: "文件是否记录了退款发生的时间。"
    }
  },
  quality: {
    description:
      "按源文件和数据表统计：读取、写入、隔离、去重和被替换了多少行。" +
      "rows_read = rows_written − rows_derived + rows_quarantined + rows_excluded + rows_merged + duplicates_exact + duplicates_key + superseded。",
    columns: {
      source_file: "data/ 下的文件路径。",
      table_name: "写入的规范化数据表。",
      rows_read: "原始文件中的记录数，独立于解析器另行计数。",
      rows_written: "写入的 Parquet 中来自该文件的行数（写入后的 count(*)）。",
      rows_quarantined: "送入 quarantine（隔离）表的行数。",
      rows_excluded: "有意不写入该表的行数（例如在声明的时间窗口之外）。",
      rows_merged: "被并入由多条记录构成的行的记录数（预售的各部分、并入订单的明细行）。",
      rows_derived: "由合并的记录构成的行数（例如由各预售部分合成的一个订单）。",
      duplicates_exact: "丢弃的完全重复行数。",
      duplicates_key: "因同一文件中再次出现相同主键而丢弃的行数。",
      superseded: "被同一主键的较晚导出替换的行数。",
      date_min: "文件主时间列中的最早时间。",
      date_max: "文件主时间列中的最晚时间。"
    }
  },
  quality_columns: {
    description: "每个源文件中各列的空值率。",
    columns: {
      source_file: "data/ 下的文件路径。",
      table_name: "规范化数据表。",
      column_name: "列。",
      null_rate: "写入的行中该列为 null 的比例。"
    }
  },
  quarantine: {
    description: "无法修复的行，附带其来源和原因。",
    columns: {
      source_file: "data/ 下的文件路径。",
      line_number: "该记录在原始文件中的起始行号（从 1 开始）。",
      reason_code: "机器可读的原因代码。",
      reason: "人可读的原因（英文）。",
      raw_text: "原始记录，个人信息已遮盖。"
    }
  },
  capabilities: {
    description: "已加载的数据支持哪些报告，以及补充什么数据能支持其余报告。",
    columns: {
      report: "报告 ID。",
      supported: "数据是否支持该报告。",
      basis: "raw（明细数据）、aggregate（平台汇总数据）或 none（无数据）。",
      missing_en: "缺少什么数据（英文）。",
      missing_zh: "缺少什么数据（中文）。"
    }
  }
};

/**
 * The description of `table` (or of its `column`) in `lang`: the Chinese above for "zh", the
 * schema's own English for "en". An unknown table or column, or a missing Chinese text, throws
 * (as `t` does): a missing translation is a bug, not something to show readers.
 */
export function schemaText(lang: Lang, table: string, column?: string): string {
  const spec = ALL_TABLES[table];
  if (!spec) throw new Error(`unknown table: ${table}`);
  const english = column === undefined ? spec.description : spec.columns.find((c) => c.name === column)?.description;
  if (english === undefined) throw new Error(`unknown column: ${table}.${column}`);
  if (lang === "en") return english;
  const zh = column === undefined ? SCHEMA_ZH[table]?.description : SCHEMA_ZH[table]?.columns[column];
  if (zh === undefined) throw new Error(`missing schema translation: zh.${table}${column === undefined ? "" : `.${column}`}`);
  return zh;
}
