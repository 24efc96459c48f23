/**
 * The shop calendar's selling promotions between two dates, as the persona base's promotion
 * parameter ("start~end;…"). A window starts at its pre-sale (定金) when it has one, because a
 * deposit paid in the pre-sale is a purchase made for the promotion. 春节 is left out: it is a
 * holiday when shops slow down, not a sale.
 */
import { promotionWindows } from "../../calendar.js";

export function promotionWindowsParam(from: string, to: string): string {
  const windows: string[] = [];
  // One year past the range's last: next year's 年货节 can start in December.
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)) + 1; year++) {
    for (const w of promotionWindows(year)) {
      if (w.id === "spring_festival") continue;
      const start = w.presaleStart ?? w.start;
      if (w.end < from || start > to) continue;
      windows.push(`${start}~${w.end}`);
    }
  }
  return windows.join(";");
}
