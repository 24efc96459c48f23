/**
 * Degree words and how much they scale the next sentiment word: 非常好 counts twice 好, 有点好
 * half. Chinese entries are also peeled off the front of a token when jieba glued them on (太慢
 * → 太 + 慢). Multi-word entries ("a bit", "kind of") are matched as token sequences.
 */
export const DEGREE_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ...["极", "极其", "极度", "非常", "特别", "十分", "超", "超级", "相当", "巨", "贼", "太", "最", "过于", "根本", "完全", "丝毫", "一点也", "一点都"].map((w) => [w, 2] as const),
  ...["很", "挺", "真", "真的", "蛮", "更"].map((w) => [w, 1.5] as const),
  ...["比较", "还算"].map((w) => [w, 1.2] as const),
  ...["有点", "有些", "有一点", "稍微", "稍", "略", "略微", "一点"].map((w) => [w, 0.5] as const),
  ...["extremely", "incredibly", "absolutely", "totally", "completely", "utterly", "most"].map((w) => [w, 2] as const),
  ...["very", "so", "really", "super", "too", "highly", "truly", "overly"].map((w) => [w, 1.5] as const),
  ...["quite", "rather", "fairly"].map((w) => [w, 1.2] as const),
  ...["a bit", "a little", "slightly", "somewhat", "kind of", "kinda", "sort of"].map((w) => [w, 0.5] as const)
]);
