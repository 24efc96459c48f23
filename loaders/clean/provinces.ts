/**
 * China's 34 provincial divisions and the ways exports write them: short names (上海), official
 * names (上海市, 广西壮族自治区, 香港特别行政区), English and pinyin, or the start of a full
 * address. Only province and city are ever kept from an address; street parts are personal data.
 */
import { toHalfWidth } from "./halfWidth.ts";

export interface Province {
  readonly zh: string;
  readonly en: string;
}

export const PROVINCES: readonly Province[] = [
  { zh: "北京", en: "Beijing" },
  { zh: "天津", en: "Tianjin" },
  { zh: "上海", en: "Shanghai" },
  { zh: "重庆", en: "Chongqing" },
  { zh: "河北", en: "Hebei" },
  { zh: "山西", en: "Shanxi" },
  { zh: "辽宁", en: "Liaoning" },
  { zh: "吉林", en: "Jilin" },
  { zh: "黑龙江", en: "Heilongjiang" },
  { zh: "江苏", en: "Jiangsu" },
  { zh: "浙江", en: "Zhejiang" },
  { zh: "安徽", en: "Anhui" },
  { zh: "福建", en: "Fujian" },
  { zh: "江西", en: "Jiangxi" },
  { zh: "山东", en: "Shandong" },
  { zh: "河南", en: "Henan" },
  { zh: "湖北", en: "Hubei" },
  { zh: "湖南", en: "Hunan" },
  { zh: "广东", en: "Guangdong" },
  { zh: "海南", en: "Hainan" },
  { zh: "四川", en: "Sichuan" },
  { zh: "贵州", en: "Guizhou" },
  { zh: "云南", en: "Yunnan" },
  { zh: "陕西", en: "Shaanxi" },
  { zh: "甘肃", en: "Gansu" },
  { zh: "青海", en: "Qinghai" },
  { zh: "台湾", en: "Taiwan" },
  { zh: "内蒙古", en: "Inner Mongolia" },
  { zh: "广西", en: "Guangxi" },
  { zh: "西藏", en: "Tibet" },
  { zh: "宁夏", en: "Ningxia" },
  { zh: "新疆", en: "Xinjiang" },
  { zh: "香港", en: "Hong Kong" },
  { zh: "澳门", en: "Macau" }
];

/** Municipalities and SARs: the division is its own city. */
const CITY_LEVEL = new Set(["北京", "天津", "上海", "重庆", "香港", "澳门"]);

// Official suffixes after the short name, longest first so 自治区 is not cut at 区.
const ZH_SUFFIX =
  /^(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|特區|省|市)/;

/** Letters only, lower case: "Hong Kong", "hongkong" and "HONG-KONG" share a key. */
const latinKey = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, "");

const LATIN = new Map<string, string>();
for (const p of PROVINCES) LATIN.set(latinKey(p.en), p.zh);
for (const [alias, zh] of [
  ["Neimenggu", "内蒙古"],
  ["Nei Mongol", "内蒙古"],
  ["Xizang", "西藏"],
  ["Xianggang", "香港"],
  ["Aomen", "澳门"],
  ["Macao", "澳门"],
  ["Peking", "北京"]
] as const) {
  LATIN.set(latinKey(alias), zh);
}
const LATIN_SUFFIX =
  /\s*(?:province|sheng|shi|city|municipality|autonomous region|zizhiqu|special administrative region|sar)\s*$/i;

/** Short name of the division a text starts with, and where the text after it begins. */
function matchChinese(t: string): { zh: string; rest: string } | null {
  for (const p of PROVINCES) {
    if (t.startsWith(p.zh)) {
      const after = t.slice(p.zh.length);
      const suffix = ZH_SUFFIX.exec(after);
      return { zh: p.zh, rest: suffix ? after.slice(suffix[0].length) : after };
    }
  }
  return null;
}

function matchLatin(t: string): string | null {
  const first = t
    .split(/[,，]/)[0]
    .replace(LATIN_SUFFIX, "")
    .replace(/\s+(?:zhuang|hui|uyghur|uygur|uighur)$/i, "");
  return LATIN.get(latinKey(first)) ?? null;
}

/** Canonical short Chinese name (上海, 广东, 内蒙古 …), or null when no province is recognised. */
export function normalizeProvince(s: string): string | null {
  const t = toHalfWidth(s).trim();
  if (t === "") return null;
  return matchChinese(t)?.zh ?? matchLatin(t);
}

// The first administrative unit below the province. 州 only ends the name when it is not part of
// a longer "…州市" (杭州市 → 杭州, not 杭), and names stop at blanks, digits and punctuation.
const CITY = /^([^\s\d,，;；]{1,12}?)(市|自治州|地区|盟|州(?!市))/;
// A blank-separated first word that names no smaller unit (广东 深圳 南山区 → 深圳).
const BARE_CITY = /^([^\s\d,，;；]{2,6})(?:\s|$)/;
const NOT_CITY = /[区县镇乡村路街道巷号弄]$/;

export function splitAddress(address: string): { province: string | null; city: string | null } {
  const t = toHalfWidth(address).trim();
  const zh = matchChinese(t);
  if (!zh) return { province: matchLatin(t), city: null };
  if (CITY_LEVEL.has(zh.zh)) return { province: zh.zh, city: zh.zh };
  const rest = zh.rest.trim();
  const m = CITY.exec(rest);
  if (m) return { province: zh.zh, city: m[2] === "市" ? m[1] : m[1] + m[2] };
  const bare = BARE_CITY.exec(rest);
  if (bare && !NOT_CITY.test(bare[1])) return { province: zh.zh, city: bare[1] };
  return { province: zh.zh, city: null };
}
