/**
 * Customers with latent buying behaviour à la BG/NBD: each has a purchase rate (gamma across
 * customers, so a minority buys most often), a dropout probability after every purchase (beta),
 * a spending level and favourite categories. Together these give the Pareto revenue curve, repeat
 * purchases and churn the analyses look for. Acquisition follows the shop's calendar and grows.
 */
import type { Random } from "./random.ts";
import { CATEGORIES } from "./catalogVocab.ts";
import { DAY_WEIGHTS, HOUR_WEIGHTS } from "./shopCalendar.ts";
import { DAY, DAYS, MINUTE } from "./shopTime.ts";
import { PersonFactory, type Person } from "./makePerson.ts";

export const REGISTRATION_CHANNELS = ["淘宝搜索", "直通车", "猜你喜欢", "淘宝客", "抖音", "小红书", "老客推荐", "直播间"] as const;
const CHANNEL_WEIGHTS = [30, 15, 12, 8, 12, 10, 8, 5];
/** Retention by channel: referred and search customers come back; short-video impulse buyers less. */
const CHANNEL_RATE = [1.1, 1, 0.9, 0.8, 0.6, 0.8, 1.4, 0.7];

export interface Customer {
  readonly index: number;
  /** 买家会员名: the customer key in every export. */
  readonly nick: string;
  readonly person: Person;
  /** A second person some orders are shipped to (gifts, family). */
  readonly giftee: Person;
  /** Listed in the CRM member export (a few buyers never joined the membership). */
  readonly inCrm: boolean;
  /** Registration (or first contact) time in shop seconds; negative = before 2024. */
  readonly registeredAt: number;
  readonly channel: string;
  /** Purchases per year while alive. */
  readonly rate: number;
  /** Probability of dropping out after each purchase. */
  readonly dropout: number;
  /** Prefers pricier items. */
  readonly premium: number;
  /** Buys at registration (most do: registration comes with the first order). */
  readonly buysOnJoin: boolean;
  readonly favouriteCategories: readonly number[];
  /** Share of the customer's traffic that is logged in on the tracking log. */
  readonly visitorId: string;
}

const NICK_WORDS = ["小鱼", "橘子", "阳光", "糖果", "星星", "可乐", "奶茶", "猫咪", "兔子", "月亮", "柠檬", "草莓", "蓝天", "小熊", "木木", "一一", "豆豆", "果果"];
const NICK_LATIN = ["sunny", "lucky", "coco", "momo", "kiki", "lily", "amy", "tony", "jack", "mia", "leo", "yoyo"];
const ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz023456789";

function makeNick(rng: Random): string {
  const r = rng.next();
  if (r < 0.35) return `tb${rng.chars(ID_ALPHABET, 8)}`;
  if (r < 0.7) return `${rng.pick(NICK_WORDS)}${rng.pick(["", "_", "酱", "呀"])}${rng.int(1, 9999)}`;
  return `${rng.pick(NICK_LATIN)}${rng.pick(["", "_", "."])}${rng.chars(ID_ALPHABET, 4)}`;
}

/** Day on which a new customer arrives: follows the calendar and grows ~50% over two years. */
function acquisitionDays(): Float64Array {
  const w = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) w[d] = Math.sqrt(DAY_WEIGHTS[d]!) * (1 + (0.5 * d) / DAYS);
  return w;
}

export function buildCustomers(rng: Random, count: number): Customer[] {
  const people = new PersonFactory(rng.fork("people"));
  const acquisition = Array.from(acquisitionDays());
  const customers: Customer[] = [];
  const nicks = new Set<string>();
  for (let i = 0; i < count; i++) {
    let nick = makeNick(rng);
    while (nicks.has(nick)) nick = makeNick(rng);
    nicks.add(nick);
    const person = people.make();
    const existing = rng.chance(0.25);
    const day = existing ? -rng.int(1, 1100) : rng.weightedIndex(acquisition);
    const registeredAt = day * DAY + rng.weightedIndex(HOUR_WEIGHTS) * 3600 + rng.int(0, 59) * MINUTE + rng.int(0, 59);
    const ch = rng.weightedIndex(CHANNEL_WEIGHTS);
    const favourites = [rng.weightedIndex(CATEGORIES.map((c) => c.demand)), rng.weightedIndex(CATEGORIES.map((c) => c.demand))];
    customers.push({
      index: i,
      nick,
      person,
      giftee: people.make({ gender: rng.chance(0.5) ? "女" : "男" }),
      inCrm: rng.chance(0.95),
      registeredAt,
      channel: REGISTRATION_CHANNELS[ch]!,
      rate: rng.gamma(0.5, 12) * CHANNEL_RATE[ch]!,
      dropout: rng.beta(1.2, 7),
      premium: rng.beta(1.5, 3),
      buysOnJoin: !existing && rng.chance(0.85),
      favouriteCategories: favourites,
      visitorId: "V" + rng.chars(ID_ALPHABET, 9)
    });
  }
  return customers;
}
