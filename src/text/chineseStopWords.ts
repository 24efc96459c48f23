/**
 * Chinese stop words: function words, pronouns, particles, degree adverbs, and the filler of
 * shop talk (亲, 宝贝 meaning "the item", 东西, 商品, 收到 …). Compact on purpose: a token that
 * might be a topic (客服, 物流, 质量) or a sentiment (好评, 差评) stays. Negations (不, 没, 别 …)
 * are NOT here: see negationWords.ts. Degree adverbs (很, 非常, 太 …) are here: jieba usually
 * keeps a strong one attached to its adjective (太慢, 很差), and a lone one says nothing about
 * the topic.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set([
  // particles and function words
  "的", "地", "得", "了", "着", "过", "吧", "吗", "呢", "啊", "呀", "哦", "噢", "嗯", "哈", "啦", "么", "嘛", "哇",
  "之", "和", "与", "及", "或", "而", "且", "并", "但", "但是", "而且", "还是", "或者", "因为", "所以", "如果",
  "虽然", "然后", "就是", "是", "在", "有", "也", "就", "都", "还", "又", "再", "才", "把", "被", "让", "给", "对",
  "从", "向", "为", "以", "于", "跟", "比", "等", "上", "下", "中", "里",
  // pronouns and determiners
  "我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "大家", "自己", "这", "那", "这个", "那个",
  "这些", "那些", "这样", "那样", "这么", "那么", "什么", "怎么", "一个", "一些", "一下", "一点", "个", "些",
  // degree adverbs
  "很", "非常", "太", "挺", "特别", "比较", "有点", "有些", "真", "真的", "超", "超级", "好像",
  // shop-talk filler
  "亲", "亲们", "宝贝", "东西", "商品", "产品", "店家", "卖家", "掌柜", "收到", "购买", "下单", "感觉", "觉得"
]);
