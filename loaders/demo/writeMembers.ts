/**
 * The shop CRM's member export (会员信息), UTF-8 with BOM. 会员等级 follows what each member
 * spent by the export date, so the level and the order history agree. Name, mobile, e-mail and the
 * street in 所在地区 are planted canaries.
 */
import type { Customer } from "./buildCustomers.ts";
import type { CanaryLog } from "./makePerson.ts";
import type { Order } from "./simulateOrders.ts";
import type { Random } from "./random.ts";
import { CsvSink } from "./csvSink.ts";
import { formatDateTime } from "./shopTime.ts";

export const MEMBER_HEADER = ["买家会员名", "姓名", "手机号", "邮箱", "性别", "出生日期", "所在地区", "会员等级", "注册时间", "注册渠道"];

/** Spend (paid minus refunds, yuan cents) per customer index. */
export function spendByCustomer(orders: readonly Order[]): Map<number, number> {
  const spend = new Map<number, number>();
  for (const o of orders) {
    if (o.paidAt === null) continue;
    const paid = o.goodsCents + o.postageCents - o.discountCents - (o.refund?.cents ?? 0);
    spend.set(o.customer.index, (spend.get(o.customer.index) ?? 0) + paid);
  }
  return spend;
}

function levelOf(cents: number): string {
  if (cents >= 800_000) return "钻石";
  if (cents >= 300_000) return "金卡";
  if (cents >= 100_000) return "银卡";
  return "普通会员";
}

export function writeMembers(path: string, customers: readonly Customer[], orders: readonly Order[], rng: Random, canaries: CanaryLog): number {
  const spend = spendByCustomer(orders);
  const sink = new CsvSink(path, { bom: true });
  sink.row(MEMBER_HEADER);
  const members = customers.filter((c) => c.inCrm).sort((a, b) => a.registeredAt - b.registeredAt || a.index - b.index);
  for (const c of members) {
    const p = c.person;
    const email = rng.chance(0.7) ? canaries.plant(p.email) : "";
    const gender = rng.chance(0.1) ? "" : p.gender;
    const birth = rng.chance(0.2) ? "" : p.birthDate;
    canaries.plant(p.street);
    sink.row([c.nick, canaries.plant(p.name), canaries.plant(p.phone), email, gender, birth, p.address, levelOf(spend.get(c.index) ?? 0), formatDateTime(c.registeredAt), c.channel]);
  }
  sink.close();
  return members.length;
}
