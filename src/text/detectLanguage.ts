const HAN = /\p{Script=Han}/u;

/**
 * "zh" when the text holds any Han character, else "en". Deliberately crude: shop text is
 * Chinese, English or Chinese with Latin brand and model names mixed in, and the zh path
 * tokenises those Latin runs as English anyway, so one Han character is the right trigger.
 */
export function detectLanguage(text: string): "zh" | "en" {
  return HAN.test(text) ? "zh" : "en";
}
