/**
 * Sentiment words for the label-free fallback (lexiconSentiment), Chinese and English, flavoured
 * for shop reviews: logistics, quality, fit, taste, service, returns. Weight ±2 = verdict words
 * (好评, 差评, 退货, love, waste), ±1 = clear opinion words, ±0.5 = weak or context-dependent ones.
 *
 * Chinese entries are tokens as jieba cuts them (不错, 很快, 物超所值 are single tokens); a token
 * that is not listed is also looked up with the negation and degree words jieba glued to its
 * front peeled off (不太好 → 不太 + 好, 太慢 → 太 + 慢), so only the bare word need be listed. A
 * word that starts with a negation but means something else as a whole (不错, 没问题) is listed
 * whole. English entries are written as words and matched by Porter stem (src/text), so "return"
 * also covers "returned" and "returning".
 */
const GROUPS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [2, [
    "好评", "五星", "满分", "完美", "超赞", "物超所值", "物美价廉", "惊喜", "一流", "超值", "力荐", "强烈推荐", "无可挑剔", "赞不绝口",
    "love", "loved", "perfect", "amazing", "awesome", "excellent", "fantastic", "wonderful", "gorgeous", "stunning",
    "fabulous", "favorite", "obsessed", "flawless", "superb", "outstanding", "exceeded", "compliments"
  ]],
  [1, [
    "好", "不错", "满意", "喜欢", "推荐", "值得", "值", "划算", "实惠", "便宜", "舒服", "舒适", "干净", "整洁", "方便",
    "快", "很快", "及时", "准时", "迅速", "神速", "快捷", "给力", "靠谱", "放心", "省心", "新鲜", "好吃", "美味", "可口", "好喝",
    "香", "入味", "鲜美", "酥脆", "爽口", "足", "丰富", "好看", "漂亮", "精致", "精美", "大气", "时尚", "柔软", "合身",
    "合适", "显瘦", "百搭", "透气", "保暖", "正品", "质量好", "耐用", "结实", "好用", "热情", "周到", "贴心", "耐心", "友好",
    "客气", "专业", "细心", "温馨", "安静", "宽敞", "优秀", "棒", "赞", "到位", "完好", "清晰", "流畅", "高兴", "开心", "愉快",
    "感谢", "谢谢", "好极了", "回购", "还会再来", "没问题", "好评如潮", "性价比高", "优惠",
    "good", "great", "nice", "beautiful", "pretty", "cute", "adorable", "comfortable", "comfy", "soft", "cozy",
    "flattering", "slimming", "elegant", "stylish", "chic", "classy", "classic", "versatile", "recommend", "happy", "glad",
    "pleased", "satisfied", "impressed", "delighted", "best", "worth", "bargain", "well-made", "durable", "sturdy",
    "fast", "quick", "easy", "fun", "ideal", "terrific", "brilliant", "keeper", "wonderfully", "beautifully",
    "perfectly", "flatters", "breathable", "warm", "thank", "thanks"
  ]],
  [0.5, ["还行", "可以", "fine", "ok", "okay", "decent", "fair", "reasonable", "like", "liked"]],
  [-0.5, [
    "一般", "一般般", "还好", "凑合", "将就", "勉强", "偏大", "偏小", "偏贵", "偏硬", "小贵", "少", "淡", "咸", "油", "腻", "硬",
    "sheer", "thin", "tight", "boxy", "baggy", "itch", "meh", "odd", "weird", "strange", "huge",
    "unhappy", "cheaply", "poorly", "sent back", "send back"
  ]],
  [-1, [
    "差", "慢", "贵", "脏", "旧", "吵", "冷", "凉", "难", "失望", "不满", "麻烦", "问题", "毛病", "破损", "损坏", "坏", "漏", "洒",
    "撒", "错", "送错", "漏送", "少送", "掉色", "起球", "色差", "褪色", "开线", "线头", "异味", "刺鼻", "劣质", "粗糙", "廉价",
    "简陋", "陈旧", "潮湿", "噪音", "嘈杂", "拥挤", "狭小", "迟到", "超时", "冷掉", "敷衍", "冷漠", "怠慢", "傲慢", "异物",
    "虫子", "蟑螂", "拉肚子", "难用", "卡顿", "死机", "缩水", "变形", "臭", "霉味", "失败", "遗憾", "可惜", "郁闷",
    "生气", "不值", "态度差", "难看", "丑", "薄", "太贵", "不行", "不怎么样",     "差劲", "无聊", "不如", "太小", "太大", "太多", "太短", "太长", "太辣", "太甜", "太紧", "太松", "太厚", "太重", "退", "换货", "压坏", "过敏", "奇怪", "墨迹", "磨蹭", "催单", "打不通", "冷饭", "没送", "呵呵",
    "poor", "bad", "cheap", "cheap-looking", "unflattering", "uncomfortable", "itchy", "scratchy", "frumpy", "shapeless",
    "sadly", "sad", "unfortunately", "mediocre", "flimsy", "sloppy", "tacky", "awkward", "wrong", "broken",
    "defective", "ripped", "torn", "hole", "holes", "stain", "stained", "faded", "shrank", "shrunk", "pilled", "pilling",
    "smell", "smells", "wrinkled", "snag", "snagged", "unraveling", "overpriced", "pricey", "expensive",
    "droopy", "clingy", "see-through", "ugly", "annoying", "frustrating", "lumpy", "bulky"
  ]],
  [-2, [
    "差评", "垃圾", "恶心", "恶劣", "忽悠", "极差", "骗人", "骗子", "坑", "坑人", "上当", "假货", "退货", "退款", "投诉", "难吃",
    "难喝", "别买", "千万别", "后悔", "糟糕", "烂", "变质", "发霉", "馊", "过期", "欺骗", "无语", "气死", "黑店", "拉黑", "再也",
    "不买", "不会再", "再也不会", "最差", "失望透顶", "不推荐",
    "disappointed", "disappointing", "disappointment", "awful", "terrible", "horrible", "worst", "waste", "return", "returned", "returning",
    "refund", "regret", "unwearable", "garbage", "junk", "hate", "hated", "horrendous", "ridiculous"
  ]]
];

/** Word → weight (positive = positive sentiment), as written; lexiconSentiment stems the English ones. */
export const SENTIMENT_LEXICON: ReadonlyMap<string, number> = new Map(GROUPS.flatMap(([weight, words]) => words.map((w) => [w, weight] as const)));
