/**
 * Words that express an opinion about an aspect (物流 → 快, fabric → thin), Chinese and English:
 * the opinion miner pairs an aspect word with the nearest of these. It is a lexicon rather than
 * jieba's part-of-speech tags because those tags are unreliable on shop talk (很快 comes out as an
 * adverb, 结实 and 油腻 as nouns, 很差 untagged) and do not cover English at all.
 *
 * Entries are bare: negation and degree words in front of them are handled by the miner, whether
 * they come as separate tokens (不 满意, not good) or glued to the word by jieba (不快, 不太好,
 * 很快, 太薄), so 快 covers all of those. Chinese entries are matched against the token with such
 * prefixes peeled off; English entries also by Porter stem ("damaged" finds "damage"). Edit freely;
 * a word that starts with a negation but means something else as a whole (不错, 没问题) is listed
 * whole and is then NOT treated as negated.
 */
export const OPINION_WORDS: ReadonlySet<string> = new Set([
  // Chinese, one character: speed, quality, price, size, looks
  "快", "慢", "好", "差", "坏", "棒", "赞", "烂", "强", "弱", "薄", "厚", "软", "硬", "贵", "值", "高", "低", "大", "小",
  "紧", "松", "长", "短", "宽", "窄", "正", "暗", "亮", "香", "臭", "丑", "美", "准", "脏", "旧", "新", "重", "轻",
  // Chinese, words
  "不错", "没问题", "不理", "一般", "还行", "凑合", "可以", "好用", "难用", "好看", "难看", "好吃", "难吃", "好评", "差评",
  "精细", "精致", "精美", "粗糙", "结实", "牢固", "耐用", "及时", "迅速", "神速", "给力", "完好", "完整", "破损", "压坏",
  "变形", "简陋", "严实", "用心", "明显", "舒服", "舒适", "柔软", "顺滑", "清爽", "滋润", "油腻", "刺激", "过敏", "温和",
  "合适", "合身", "刚好", "标准", "偏大", "偏小", "宽松", "修身", "显瘦", "漂亮", "时尚", "大气", "百搭", "满意", "失望",
  "惊喜", "喜欢", "推荐", "耐心", "热情", "专业", "负责", "敷衍", "冷淡", "差劲", "垃圾", "实惠", "划算", "超值", "便宜",
  "昂贵", "物美价廉", "物超所值", "掉色", "起球", "褪色", "色差", "严重", "厉害", "完美", "优秀", "糟糕", "靠谱", "一样",
  "一致", "相符", "不符", "清晰", "干净", "齐全", "周到", "友好", "温柔", "高效", "拖拉", "麻烦", "有效", "无效", "有用",
  "没用",
  // English
  "good", "great", "excellent", "perfect", "amazing", "awesome", "nice", "fine", "ok", "okay", "decent", "poor", "bad",
  "terrible", "awful", "horrible", "fast", "quick", "slow", "late", "early", "prompt", "speedy", "thin", "thick", "soft",
  "hard", "rough", "smooth", "cheap", "expensive", "overpriced", "pricey", "affordable", "worth", "damaged", "broken",
  "crushed", "torn", "intact", "sturdy", "flimsy", "durable", "solid", "comfortable", "uncomfortable", "small", "large",
  "big", "tight", "loose", "short", "long", "beautiful", "pretty", "ugly", "dull", "bright", "vibrant", "cute",
  "friendly", "rude", "helpful", "unhelpful", "responsive", "lovely", "disappointing", "disappointed", "happy",
  "satisfied", "effective", "useless", "greasy", "sticky", "gentle", "accurate", "wrong", "faded", "defective", "secure"
]);
