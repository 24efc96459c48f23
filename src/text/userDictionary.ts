// jieba-wasm keeps ONE dictionary per process inside its wasm instance and can add words but not
// remove them, so the user dictionary is process-wide and only grows (see segmentChinese.ts for
// why jieba-wasm).
import { add_word } from "jieba-wasm";
import { normalizeText } from "./normalizeText.js";

/** A shop word, optionally with a jieba frequency (higher = keep whole more eagerly). */
export type UserWord = string | { readonly word: string; readonly freq?: number };

/**
 * E-commerce vocabulary that jieba's general dictionary lacks or splits: without it
 * "充电宝防摔手机壳" comes out as 充电/宝防/摔/手机/壳 and "双十一包邮" as 双十/一包/邮. Added to
 * every process. Words that would swallow a sentiment or negation word (好评返现, 不掉色) are
 * left out on purpose: the feedback analysis needs 好评 and 不 as tokens of their own.
 */
export const DEFAULT_USER_WORDS: readonly string[] = [
  // promotions and services
  "双十一", "双十二", "包邮", "运费险", "七天无理由", "退换货", "满减", "优惠券", "秒杀", "预售", "定金", "尾款",
  "旗舰店", "直播间", "性价比", "回购", "种草", "拔草",
  // clothing and fit
  "连衣裙", "半身裙", "阔腿裤", "牛仔裤", "打底衫", "卫衣", "羽绒服", "小白鞋", "老爹鞋", "t恤",
  "显瘦", "显高", "百搭", "修身", "加绒", "速干", "偏大", "偏小", "掉色", "起球", "色差",
  "雪纺", "收腰", "高腰", "碎花", "法式", "慵懒风", "针织", "开衫", "oversize",
  // beauty
  "面膜", "精华液", "补水", "保湿", "美白", "防晒霜", "粉底液", "卸妆水",
  // electronics
  "充电宝", "防摔", "手机壳", "钢化膜", "数据线", "快充", "蓝牙耳机", "降噪", "type-c",
  "iphone", "ipad", "airpods", "macbook",
  // home
  "四件套", "收纳盒", "空气炸锅", "扫地机器人"
];

export interface UserDictionary {
  /** Adds words (normalised like any text); returns how many were new. */
  add(words: Iterable<UserWord>): number;
  /** Whether the normalised word is in the dictionary; Latin words in it are not stemmed. */
  has(word: string): boolean;
  /** Grows with every add that adds something, so caches of segmented text know to start over. */
  readonly version: number;
  /**
   * A splitting pattern (one capture group) for words the segmenter cannot see whole because
   * they mix scripts or contain a space ("t恤", "小米su7", "air fryer"): tokenize cuts them out
   * before segmenting. Null when there are none.
   */
  readonly phrasePattern: RegExp | null;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const ONE_TOKEN = /^[^\s\p{Script=Han}]+$/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

function createUserDictionary(): UserDictionary {
  const words = new Set<string>();
  const phrases: string[] = [];
  let version = 0;
  let pattern: RegExp | null = null;
  let patternVersion = -1;
  return {
    add(input) {
      let added = 0;
      for (const entry of input) {
        const raw = typeof entry === "string" ? entry : entry.word;
        const freq = typeof entry === "string" ? undefined : entry.freq;
        if (freq !== undefined && !(Number.isInteger(freq) && freq > 0)) throw new Error(`invalid freq for "${raw}": ${freq}`);
        const word = normalizeText(raw);
        if (word === "" || (words.has(word) && freq === undefined)) continue;
        // Without a frequency jieba suggests one just high enough to keep the word whole.
        if (HAN_ONLY.test(word)) add_word(word, freq ?? null, null);
        else if (!ONE_TOKEN.test(word) && !words.has(word)) phrases.push(word);
        if (!words.has(word)) added++;
        words.add(word);
        version++;
      }
      return added;
    },
    has: (word) => words.has(word),
    get version() {
      return version;
    },
    get phrasePattern() {
      if (patternVersion !== version) {
        patternVersion = version;
        // Longest first, so "小米su7 pro" wins over "小米su7"; Latin ends may not run into more
        // Latin ("t恤" is not cut out of "at恤").
        const alternatives = [...phrases]
          .sort((a, b) => b.length - a.length)
          .map((p) => {
            const body = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            const before = LATIN_OR_DIGIT.test(p[0]!) ? "(?<![\\p{Script=Latin}\\p{Nd}])" : "";
            const after = LATIN_OR_DIGIT.test(p.at(-1)!) ? "(?![\\p{Script=Latin}\\p{Nd}])" : "";
            return before + body + after;
          });
        pattern = alternatives.length ? new RegExp(`(${alternatives.join("|")})`, "u") : null;
      }
      return pattern;
    }
  };
}

/** The process-wide dictionary, already holding DEFAULT_USER_WORDS. */
export const userDictionary: UserDictionary = createUserDictionary();
userDictionary.add(DEFAULT_USER_WORDS);
