/** zh when the text contains any CJK ideograph (reviews in Chinese often mix in Latin letters), else en. */
const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

export function detectLang(text: string): "zh" | "en" {
  return CJK.test(text) ? "zh" : "en";
}
