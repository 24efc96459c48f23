/**
 * The tracking log (行为日志), the in-shop search log (站内搜索) and the 生意参谋 daily reports,
 * generated day by day and streamed. The log is a sample: a share `sample` of paid orders gets its
 * buying session, and non-buying sessions are added per source in the number that source's
 * conversion rate implies, so funnels by source come out as configured. Events are written in time
 * order; a day's events are flushed once no later session can still start before them.
 */
import type { Random } from "./random.ts";
import type { Customer } from "./buildCustomers.ts";
import type { Order } from "./simulateOrders.ts";
import type { ProductPicker } from "./productPicker.ts";
import type { QueryMaker } from "./searchQueries.ts";
import type { CanaryLog } from "./makePerson.ts";
import { CsvSink } from "./csvSink.ts";
import { SycmDaily, type Payment } from "./sycmDaily.ts";
import { sessionEvents, type SessionPlan, type TrackedEvent, type TrackedSearch } from "./sessionEvents.ts";
import { DEVICES, DEVICE_WEIGHTS, MEAN_CONVERSION, TRAFFIC_SOURCES } from "./trafficSources.ts";
import { HOUR_WEIGHTS } from "./shopCalendar.ts";
import { DAY, DAYS, HOUR, formatDateTime, formatIso } from "./shopTime.ts";
import { ExperimentLog } from "./writeExperiments.ts";

export const EVENT_HEADER = ["event_time", "visitor_id", "member_nick", "session_id", "event_type", "item_id", "category", "traffic_source", "device", "page", "element"];
export const SEARCH_HEADER = ["搜索时间", "访客ID", "会话ID", "搜索词", "结果数", "是否点击"];

const ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz023456789";
const SHARE_TOTAL = TRAFFIC_SOURCES.reduce((s, t) => s + t.share, 0);

export interface TrafficInput {
  readonly dataDir: string;
  readonly orders: readonly Order[];
  readonly customers: readonly Customer[];
  readonly picker: ProductPicker;
  readonly queries: QueryMaker;
  /** Share of paid orders whose buying session is in the log. */
  readonly sample: number;
  readonly canaries: CanaryLog;
  readonly experiments: ExperimentLog;
  readonly onProgress?: (msg: string) => void;
}

export interface TrafficResult {
  readonly events: number;
  readonly sessions: number;
  readonly searches: number;
  readonly sycmRows: number;
}

function indexByDay(orders: readonly Order[]): { created: Order[][]; payments: Payment[][] } {
  const created: Order[][] = Array.from({ length: DAYS }, () => []);
  const payments: Payment[][] = Array.from({ length: DAYS }, () => []);
  const day = (t: number) => Math.floor(t / DAY);
  for (const o of orders) {
    created[day(o.createdAt)]!.push(o);
    const total = o.goodsCents + o.postageCents - o.discountCents;
    if (o.presale) {
      payments[day(o.presale.depositPaidAt)]?.push({ order: o, cents: o.presale.depositCents, carriesItems: false });
      if (o.paidAt !== null) payments[day(o.paidAt)]?.push({ order: o, cents: total - o.presale.depositCents, carriesItems: true });
    } else if (o.paidAt !== null) payments[day(o.paidAt)]?.push({ order: o, cents: total, carriesItems: true });
  }
  return { created, payments };
}

export function writeTraffic(rng: Random, input: TrafficInput): TrafficResult {
  const { orders, customers, picker, queries, sample, canaries, experiments } = input;
  const { created, payments } = indexByDay(orders);
  // Every 手淘搜索 order came in through a platform search term; its session and 生意参谋 agree on it.
  const orderTerm = new Map<Order, string>();
  for (const o of orders) if (o.source === "手淘搜索") orderTerm.set(o, queries.platformTerm(rng, o.lines[0]!.product));
  const byRegistration = [...customers].sort((a, b) => a.registeredAt - b.registeredAt || a.index - b.index);
  const eventSink = new CsvSink(`${input.dataDir}/events/行为日志.csv`);
  const searchSink = new CsvSink(`${input.dataDir}/search/站内搜索.csv`);
  const sycm = new SycmDaily(`${input.dataDir}/sycm`, sample, orderTerm);
  eventSink.row(EVENT_HEADER);
  searchSink.row(SEARCH_HEADER);
  const anonymous: string[] = [];
  let pendingEvents: TrackedEvent[] = [];
  let pendingSearches: TrackedSearch[] = [];
  let dayEvents: TrackedEvent[] = [];
  let openDay = 0;
  let sessions = 0;

  const newSession = (start: number, source: (typeof TRAFFIC_SOURCES)[number], order: Order | null): SessionPlan => {
    let customer: Customer | null = order?.customer ?? null;
    if (!customer && rng.chance(0.35)) {
      let lo = 0;
      let hi = byRegistration.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byRegistration[mid]!.registeredAt <= start) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) customer = byRegistration[rng.int(0, lo - 1)]!;
    }
    let visitorId: string;
    if (customer) visitorId = customer.visitorId;
    else if (anonymous.length > 0 && rng.chance(0.3)) visitorId = rng.pick(anonymous);
    else {
      visitorId = "V" + rng.chars(ID_ALPHABET, 9);
      if (anonymous.length < 5000) anonymous.push(visitorId);
      else anonymous[rng.int(0, 4999)] = visitorId;
    }
    const loggedIn = customer !== null && (order !== null || rng.chance(0.75));
    let term: string | null = null;
    if (source.name === "手淘搜索") term = order ? orderTerm.get(order) ?? null : queries.platformTerm(rng, picker.pick(rng, start));
    sessions++;
    return {
      start,
      source,
      visitorId,
      nick: loggedIn ? customer!.nick : "",
      device: order?.device ?? rng.weighted(DEVICES, DEVICE_WEIGHTS),
      sessionId: "S" + rng.chars(ID_ALPHABET, 11),
      order,
      term,
      phone: loggedIn ? customer!.person.phone : null
    };
  };

  const flush = (before: number) => {
    const ready = pendingEvents.filter((e) => e.t < before).sort((a, b) => a.t - b.t);
    pendingEvents = pendingEvents.filter((e) => e.t >= before);
    for (const e of ready) {
      const day = Math.floor(e.t / DAY);
      while (day > openDay) {
        sycm.writeDay(openDay, dayEvents, payments[openDay]!, created[openDay]!);
        dayEvents = [];
        openDay++;
      }
      if (day >= 0 && day < DAYS) dayEvents.push(e);
      const p = e.plan;
      const pr = e.product;
      eventSink.row([formatIso(e.t), p.visitorId, p.nick, p.sessionId, e.type, pr?.itemId ?? "", pr?.category.name ?? "", p.source.name, p.device, e.page, e.element]);
    }
    const readySearches = pendingSearches.filter((s) => s.t < before).sort((a, b) => a.t - b.t);
    pendingSearches = pendingSearches.filter((s) => s.t >= before);
    for (const s of readySearches) searchSink.row([formatDateTime(s.t), s.plan.visitorId, s.plan.sessionId, s.query, s.results, s.clicked ? "是" : "否"]);
  };

  const run = (plan: SessionPlan) => {
    const { events, searches } = sessionEvents(rng, plan, picker, queries, (v) => canaries.plant(v));
    for (const e of events) pendingEvents.push(e);
    for (const s of searches) pendingSearches.push(s);
    experiments.observe(plan, events);
  };

  for (let day = 0; day < DAYS; day++) {
    let paidToday = 0;
    for (const o of created[day]!) {
      if (o.paidAt === null) continue;
      paidToday++;
      if (!rng.chance(sample)) continue;
      const source = TRAFFIC_SOURCES.find((s) => s.name === o.source)!;
      run(newSession(o.createdAt, source, o));
    }
    const totalSessions = (paidToday * sample) / MEAN_CONVERSION;
    for (const source of TRAFFIC_SOURCES) {
      const n = rng.poisson(totalSessions * (source.share / SHARE_TOTAL) * (1 - source.conversion));
      for (let i = 0; i < n; i++) {
        const start = day * DAY + rng.weightedIndex(HOUR_WEIGHTS) * HOUR + rng.int(0, HOUR - 1);
        run(newSession(start, source, null));
      }
    }
    // Buying sessions start before their order; nothing generated later starts earlier than this.
    flush(day * DAY - 3 * HOUR);
    if (day % 30 === 0) input.onProgress?.(`events: day ${day + 1}/${DAYS}`);
  }
  flush(Infinity);
  while (openDay < DAYS) {
    sycm.writeDay(openDay, dayEvents, payments[openDay]!, created[openDay]!);
    dayEvents = [];
    openDay++;
  }
  eventSink.close();
  searchSink.close();
  sycm.close();
  return { events: eventSink.rows - 1, sessions, searches: searchSink.rows - 1, sycmRows: sycm.rows };
}
