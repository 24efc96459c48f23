/**
 * The free text and odd contact fields of an order: 买家留言, 订单备注 and a landline in 联系电话.
 * Some of them carry the buyer's phone, e-mail, name or 身份证 number, as real buyer messages do;
 * those values are returned alongside so the writer can log them as canaries.
 */
import type { Random } from "./random.ts";
import type { Order } from "./simulateOrders.ts";

export interface OrderExtras {
  readonly message: string;
  readonly note: string;
  readonly landline: string;
  /** Personal values inside the three fields above. */
  readonly personal: readonly string[];
}

const PLAIN_MESSAGES = ["请尽快发货", "麻烦发顺丰，谢谢", "送人的，不要放发票和价格单", "尺码拿不准，可以换吗", "谢谢老板🙏", "包装仔细一点哦", "周末不在家，工作日送", "能不能多送几个小样"];
const NOTES = ["已备注赠品", "客户要求顺丰，补邮费", "VIP客户，优先发货", "缺货，已联系客户改期", "已改地址"];

export function makeOrderExtras(rng: Random, o: Order): OrderExtras | null {
  const p = o.customer.person;
  const personal: string[] = [];
  let message = "";
  const r = rng.next();
  if (r < 0.08) message = rng.pick(PLAIN_MESSAGES);
  else if (r < 0.095) {
    const kind = rng.int(0, 3);
    if (kind === 0) {
      message = `请联系我${p.phone}`;
      personal.push(p.phone);
    } else if (kind === 1) {
      message = `收件人改成${o.customer.giftee.name}，电话${o.customer.giftee.phone}`;
      personal.push(o.customer.giftee.name, o.customer.giftee.phone);
    } else if (kind === 2) {
      message = `电子发票发到我邮箱${p.email}`;
      personal.push(p.email);
    } else {
      message = `开发票 抬头${p.name} 身份证号${p.idNumber}`;
      personal.push(p.name, p.idNumber);
    }
  }
  let note = "";
  if (rng.chance(0.03)) note = rng.pick(NOTES);
  else if (rng.chance(0.003)) {
    note = `改地址：${o.shipTo.street}`;
    personal.push(o.shipTo.street);
  }
  let landline = "";
  if (rng.chance(0.03)) {
    landline = `0${rng.int(20, 999)}-${rng.int(2, 8)}${rng.chars("0123456789", 7)}`;
    personal.push(landline);
  }
  return message || note || landline ? { message, note, landline, personal } : null;
}
