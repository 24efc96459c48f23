/**
 * npm run bench:load-stages [-- --log <csv>]
 *
 * Where the clean-and-write path spends its time on one behaviour log: runs the whole pipeline on
 * that file alone (as `bench:load`'s second measurement does) and prints each progress message
 * with the seconds since the start and since the previous message. Default log: the L demo shop's
 * (`npm run bench:load -- --scale L` generates it). Writes into bench/out/load-stages.
 */
import { join, resolve } from "node:path";
import { runPipeline } from "../loaders/pipeline/runPipeline.ts";
import { ROOT } from "../loaders/pipeline/paths.ts";
import { logAloneDir } from "./logLoads.ts";

const i = process.argv.indexOf("--log");
const log = resolve(i >= 0 ? process.argv[i + 1]! : join(ROOT, "bench/out/load-L/shop/events/行为日志.csv"));
const alone = logAloneDir(log);

const t0 = performance.now();
let last = t0;
const say = (m: string) => {
  const t = performance.now();
  console.log(`${((t - t0) / 1000).toFixed(2).padStart(7)} s (+${((t - last) / 1000).toFixed(2)}) ${m}`);
  last = t;
};
try {
  await runPipeline({ dataDir: alone.dir, outDir: join(ROOT, "bench/out/load-stages"), pseudonymKey: "bench", onProgress: say });
  say("done");
} finally {
  alone.remove();
}
