/**
 * Degree words (很, 太, 有点, very, too …) that the opinion miner keeps in front of an opinion,
 * so 很 + 好 reads 很好 like the 很快 and 太慢 that jieba already keeps whole, and a negation
 * reaches over them (不是很合身, not very good). They are stop words for topic counting, which
 * is why the miner tokenises with stop words kept and drops the rest itself.
 */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  "很", "非常", "太", "挺", "特别", "比较", "有点", "有些", "超", "超级", "十分", "相当", "极", "极其", "蛮", "更", "最",
  "真", "真的", "巨", "贼", "略", "稍微",
  "very", "too", "so", "really", "quite", "extremely", "super", "rather", "slightly", "somewhat", "more", "most"
]);
