/**
 * Chinese input methods produce full-width forms (１２３, ＡＢＣ, ，, ￥, the ideographic space).
 * They look like ASCII to a reader but not to a parser, so numbers, codes and separators are
 * folded to half width first. CJK characters are left alone (unlike NFKC, which also rewrites
 * things such as ㈱ or ﬁ that should stay as written in free text).
 */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\uFFE5]/g;

function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x3000) return " ";
  if (code === 0xffe5) return "¥";
  return String.fromCharCode(code - 0xfee0);
}

export function toHalfWidth(s: string): string {
  // Most values have nothing to fold: skip the allocation of a new string then.
  FULL_WIDTH.lastIndex = 0;
  return FULL_WIDTH.test(s) ? s.replace(FULL_WIDTH, fold) : s;
}
