// Runs every reference computation and prints a compact JSON summary.
// Usage (from the project root): npx tsx test/real/reference/summary.ts
// Big Maps are replaced by their sizes; long row lists are truncated.
import { taobaoBehavior } from "./taobaoBehavior.ts";
import { rees46 } from "./rees46.ts";
import { onlineRetail } from "./onlineRetail.ts";
import { olist } from "./olist.ts";
import { cdnow } from "./cdnow.ts";
import { reviews } from "./reviews.ts";
import { wands } from "./wands.ts";

export function referenceSummary() {
  return {
    taobao: taobaoBehavior(),
    rees46: rees46(),
    onlineRetail: onlineRetail(),
    olist: olist(),
    cdnow: cdnow(),
    reviews: reviews(),
    wands: wands(),
  };
}

function compact(_k: string, v: unknown): unknown {
  if (v instanceof Map) return { mapSize: v.size };
  if (v instanceof Set) return { setSize: v.size };
  if (Array.isArray(v) && v.length > 12) return { arrayLength: v.length, first: v.slice(0, 3) };
  return v;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("summary.ts")) {
  const s = referenceSummary();
  const { queryClassCounts: _omit, ...w } = s.wands;
  console.log(JSON.stringify({ ...s, wands: w }, compact, 1));
}
