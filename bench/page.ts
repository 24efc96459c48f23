/**
 * npm run bench:page [-- --scale S|L] [--dist DIR] [--runs 3] [--changes 10] [--lang zh|en] [--rebuild] [--timeline]
 *
 * The Overview as a reader on a 20 Mbit/s line sees it: a built site served with gzip like a
 * static host (test/site/serveDist.ts), headless Chromium (/usr/bin/chromium) with a cold cache
 * (a fresh browser context per run) and the network throttled through CDP
 * (Network.emulateNetworkConditions: 20 Mbit/s down and up, 20 ms latency). Per run it measures
 *   - first chart: the first Plot svg inside the chart card (painted from overview_default.json),
 *   - engine ready: the live DuckDB-WASM KPI tiles replaced the first view (and the live chart),
 *   - bytes transferred (encoded, headers included) until then,
 * then on a warm page the re-render time after changing the grain or the start date (p50 and max
 * over --changes changes: from the input event to the new chart, and the new tiles when the KPIs
 * depend on the change).
 *
 * Sites: --dist DIR measures that build. Otherwise --scale S (default) builds the default demo
 * (data/demo, as `npm run build` does) into bench/out/page-S/dist; --scale L builds the L demo
 * shop (bench/out/load-L/shop, generated if missing: several minutes; the pipeline alone took
 * ~8 minutes here) into bench/out/page-L/dist.
 * Existing builds are reused unless --rebuild. Prints a table; writes nothing else.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { ROOT } from "../loaders/pipeline/paths.ts";
import { generateDemoShop } from "../loaders/demo/generateDemoShop.ts";
import { serveDist } from "../test/site/serveDist.ts";
import { contextFor, instrument, launch, renderLog } from "../test/e2e/helpers/browser.ts";
import { buildSite } from "../test/e2e/helpers/site.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const scale = arg("scale", "S") as "S" | "L";
const runs = Number(arg("runs", "3"));
const changes = Number(arg("changes", "10"));
const lang = arg("lang", "zh") as "zh" | "en";
const THROTTLE = { offline: false, latency: 20, downloadThroughput: 20e6 / 8, uploadThroughput: 20e6 / 8 };

async function siteDir(): Promise<string> {
  const given = process.argv.includes("--dist") ? resolve(arg("dist", "dist")) : null;
  if (given) return given;
  const dist = join(ROOT, "bench/out", `page-${scale}`, "dist");
  if (existsSync(join(dist, "index.html")) && !process.argv.includes("--rebuild")) return dist;
  mkdirSync(join(dist, ".."), { recursive: true });
  let build;
  if (scale === "S") {
    console.error(`building the default demo (data/demo, scale S) into ${dist} …`);
    build = buildSite({ dist });
  } else {
    const shop = join(ROOT, "bench/out/load-L/shop");
    if (!existsSync(join(shop, "shoplens.config.json"))) {
      console.error(`generating the L demo shop into ${shop} (several minutes) …`);
      await generateDemoShop(shop, { scale: "L", onProgress: (m) => console.error(m) });
    }
    console.error(`building the L demo into ${dist} …`);
    build = buildSite({ dist, data: shop, work: join(ROOT, "bench/out/page-L/work"), extraEnv: { SHOPLENS_DEMO_SCALE: "L" }, timeoutMs: 3 * 3_600_000 });
  }
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  console.error(`built in ${build.seconds.toFixed(0)} s`);
  return dist;
}

interface ColdRun {
  firstChart: number;
  firstKpis: number;
  engineReady: number;
  liveChart: number;
  bytes: number;
  bytesByType: Record<string, number>;
  requests: number;
  wasmMs: number | null;
  timeline: string[];
}

type Listener = (method: string, params: any) => void;

/**
 * Throttles the page and every worker it starts (DuckDB-WASM downloads its engine from a worker,
 * which the page's own Network domain neither sees nor throttles): the page session auto-attaches
 * to workers, paused at start, and each gets Network.enable + emulateNetworkConditions before it
 * runs. Calls `listener` with every Network event of the page and its workers.
 */
async function throttleAll(cdp: CDPSession, listener: Listener): Promise<void> {
  let id = 0;
  for (const method of ["Network.requestWillBeSent", "Network.loadingFinished"]) cdp.on(method as any, (p: any) => listener(method, p));
  cdp.on("Target.receivedMessageFromTarget", (e: any) => {
    const message = JSON.parse(e.message);
    if (message.method?.startsWith("Network.")) listener(message.method, message.params);
  });
  cdp.on("Target.attachedToTarget", async (e: any) => {
    const send = (method: string, params: object = {}) =>
      cdp.send("Target.sendMessageToTarget", { sessionId: e.sessionId, message: JSON.stringify({ id: ++id, method, params }) });
    if (e.targetInfo.type === "worker") {
      await send("Network.enable");
      await send("Network.setCacheDisabled", { cacheDisabled: true });
      await send("Network.emulateNetworkConditions", THROTTLE);
    }
    await send("Runtime.runIfWaitingForDebugger");
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", THROTTLE);
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}

/** Sums encoded bytes (headers included) of every finished response, pages and workers alike. */
function countBytes() {
  const type = new Map<string, string>();
  const started = new Map<string, number>();
  const state = { bytes: 0, requests: 0, byType: {} as Record<string, number>, wasmMs: null as number | null, timeline: [] as string[] };
  const url = new Map<string, string>();
  let t0 = 0;
  const listener: Listener = (method, e) => {
    if (method === "Network.requestWillBeSent") {
      started.set(e.requestId, e.timestamp);
      t0 ||= e.timestamp;
      url.set(e.requestId, e.request.url.replace(/^https?:\/\/[^/]+/, ""));
      const u = e.request.url;
      type.set(e.requestId, /duckdb-.*\.wasm$/.test(u) ? "duckdb wasm" : /\.wasm$/.test(u) ? "parquet-wasm" : /\.parquet$/.test(u) ? "parquet" : /\.js$/.test(u) ? "js" : /\.json$/.test(u) ? "json" : "html/css/other");
    } else if (method === "Network.loadingFinished") {
      const kind = type.get(e.requestId) ?? "html/css/other";
      state.bytes += e.encodedDataLength;
      state.requests += 1;
      state.byType[kind] = (state.byType[kind] ?? 0) + e.encodedDataLength;
      const at = (t: number) => `${Math.round((t - t0) * 1000)}`.padStart(6);
      state.timeline.push(`${at(started.get(e.requestId) ?? t0)} → ${at(e.timestamp)} ms ${(e.encodedDataLength / 1e3).toFixed(0).padStart(6)} kB  ${url.get(e.requestId)}`);
      if (kind === "duckdb wasm") state.wasmMs = (e.timestamp - (started.get(e.requestId) ?? e.timestamp)) * 1000;
    }
  };
  return { state, listener };
}

async function coldRun(url: string): Promise<ColdRun> {
  const browser = await launch();
  try {
    const context = await browser.newContext(contextFor(lang));
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    const { state: bytes, listener } = countBytes();
    await throttleAll(cdp, listener);
    await page.goto(url);
    // The first view must come; the live engine may not, at large sizes, within the limit.
    await page.waitForFunction(() => {
      const log = (window as any).__shoplens;
      return log && log.kpis.length >= 1 && log.charts.length >= 1;
    }, null, { timeout: 120_000 });
    const engineLimit = Number(arg("engine-timeout", "300")) * 1000;
    const ready = await page
      .waitForFunction(() => {
        const log = (window as any).__shoplens;
        return log && log.kpis.length >= 2 && log.charts.length >= 2;
      }, null, { timeout: engineLimit })
      .then(() => true, () => false);
    if (!ready) {
      const log = await renderLog(page);
      console.error(`engine not ready within ${engineLimit / 1000} s; first chart at ${Math.round(log.charts[0])} ms, first KPI tiles at ${Math.round(log.kpis[0])} ms, ${(bytes.bytes / 1e6).toFixed(2)} MB transferred so far`);
      await context.close();
      process.exit(2);
    }
    await page.waitForTimeout(200);
    const log = await renderLog(page);
    const errors = await page.locator(".sl-error, .observablehq--error").count();
    if (errors) throw new Error(`the page shows ${errors} error(s)`);
    await context.close();
    return {
      firstChart: log.charts[0],
      firstKpis: log.kpis[0],
      engineReady: log.kpis[1],
      liveChart: log.charts[1],
      bytes: bytes.bytes,
      bytesByType: bytes.byType,
      requests: bytes.requests,
      wasmMs: bytes.wasmMs,
      timeline: bytes.timeline
    };
  } finally {
    await browser.close();
  }
}

/** Applies one change in the page and returns ms from the input event to the last re-render it causes. */
async function change(page: Page, i: number, dataTo: string): Promise<{ kind: string; ms: number }> {
  const before = await renderLog(page);
  const kind = i % 2 === 0 ? "grain" : "from";
  const t0 = await page.evaluate(
    ({ kind, i, dataTo }) => {
      const t0 = performance.now();
      if (kind === "grain") {
        const radios = [...document.querySelectorAll<HTMLInputElement>("input[type=radio]")].slice(0, 3); // day, week, month
        radios[[1, 2, 0][(i / 2) % 3]].click();
      } else {
        const from = document.querySelector<HTMLInputElement>("input[type=date]")!;
        from.value = new Date(Date.parse(`${dataTo}T00:00:00Z`) - (60 + 7 * i) * 86_400_000).toISOString().slice(0, 10);
        from.dispatchEvent(new Event("input", { bubbles: true }));
      }
      return t0;
    },
    { kind, i, dataTo }
  );
  await page.waitForFunction(
    ({ charts, kpis, needKpis }) => {
      const log = (window as any).__shoplens;
      return log.charts.length > charts && (!needKpis || log.kpis.length > kpis) && document.querySelectorAll("observablehq-loading").length === 0;
    },
    { charts: before.charts.length, kpis: before.kpis.length, needKpis: kind === "from" },
    { timeout: 120_000 }
  );
  const after = await renderLog(page);
  const last = Math.max(after.charts.at(-1)!, kind === "from" ? after.kpis.at(-1)! : 0);
  return { kind, ms: last - t0 };
}

async function rerenders(url: string): Promise<{ kind: string; ms: number }[]> {
  const browser = await launch();
  try {
    const page = await (await browser.newContext(contextFor(lang))).newPage();
    await page.addInitScript(instrument);
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__shoplens?.kpis.length >= 2 && (window as any).__shoplens?.charts.length >= 2, null, { timeout: 300_000 });
    const dataTo = await page.evaluate(() => document.querySelectorAll<HTMLInputElement>("input[type=date]")[1].value);
    const out = [];
    for (let i = 0; i < changes; i++) out.push(await change(page, i, dataTo));
    const errors = await page.locator(".sl-error, .observablehq--error").count();
    if (errors) throw new Error(`the page shows ${errors} error(s) after the changes`);
    return out;
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (v: number) => `${Math.round(v).toLocaleString("en")} ms`;
const mb = (v: number) => `${(v / 1e6).toFixed(2)} MB`;

async function main() {
  const dist = await siteDir();
  const served = await serveDist(dist, { gzip: true });
  const url = new URL(`${lang}/overview`, served.url).href;
  try {
    const cold: ColdRun[] = [];
    for (let i = 0; i < runs; i++) {
      cold.push(await coldRun(url));
      console.error(`cold run ${i + 1}: first chart ${ms(cold[i].firstChart)}, engine ready ${ms(cold[i].engineReady)}, ${mb(cold[i].bytes)}`);
    }
    if (process.argv.includes("--timeline")) console.error(`requests of cold run 1 (start → end since the first request):\n${cold[0].timeline.join("\n")}`);
    const changed = await rerenders(url);
    const pick = (k: keyof ColdRun) => median(cold.map((r) => r[k] as number));
    const grain = changed.filter((c) => c.kind === "grain").map((c) => c.ms);
    const from = changed.filter((c) => c.kind === "from").map((c) => c.ms);
    const all = changed.map((c) => c.ms);
    const byType = Object.keys(cold[0].bytesByType).sort().map((k) => `${k} ${mb(median(cold.map((r) => r.bytesByType[k] ?? 0)))}`);
    const rows: [string, string][] = [
      ["site", `${dist} (scale ${process.argv.includes("--dist") ? "?" : scale}), /${lang}/overview`],
      ["network", "20 Mbit/s down/up, 20 ms latency (CDP), gzip, cold cache"],
      [`time to first chart (median of ${runs})`, ms(pick("firstChart"))],
      ["time to first KPI tiles", ms(pick("firstKpis"))],
      ["engine ready (live KPIs replaced first view)", ms(pick("engineReady"))],
      ["live chart replaced first chart", ms(pick("liveChart"))],
      ["DuckDB wasm download", cold[0].wasmMs == null ? "not seen" : ms(median(cold.map((r) => r.wasmMs ?? 0)))],
      ["bytes transferred until engine ready", `${mb(pick("bytes"))} in ${pick("requests")} responses`],
      ["  by type", byType.join(", ")],
      [`re-render p50 over ${all.length} changes`, `${ms(median(all))} (max ${ms(Math.max(...all))})`],
      ["  grain changes p50", grain.length ? ms(median(grain)) : "—"],
      ["  start-date changes p50", from.length ? ms(median(from)) : "—"]
    ];
    const w = Math.max(...rows.map(([k]) => k.length));
    console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n"));
  } finally {
    await served.close();
  }
}

await main();
