/**
 * Fictitious people with the personal data a Chinese shop export carries: name, mobile, e-mail,
 * 身份证 number and a street address. Phones, e-mails, ID numbers and streets are unique per
 * person, so a canary found in output points at one planted value.
 */
import type { Random } from "./random.ts";
import { EMAIL_DOMAINS, EMAIL_DOMAIN_WEIGHTS, GIVEN_CHARS, PINYIN, PROVINCES, ROADS, SURNAMES, type ProvinceSpec } from "./peopleVocab.ts";

export interface Person {
  readonly name: string;
  readonly gender: "男" | "女";
  /** Birth date as `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly phone: string;
  readonly email: string;
  readonly idNumber: string;
  readonly province: ProvinceSpec;
  readonly city: string;
  readonly district: string;
  /** The personal part of the address: road, number, building, room. */
  readonly street: string;
  /** `广东省 深圳市 南山区 科技园路1号5栋301室` */
  readonly address: string;
}

/** 身份证 check digit (ISO 7064 MOD 11-2), so validators downstream recognise the numbers. */
function idCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return "10X98765432"[sum % 11]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export class PersonFactory {
  private readonly phones = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly streets = new Set<string>();
  private readonly provinceWeights = PROVINCES.map((p) => p.weight);

  constructor(private readonly rng: Random) {}

  private unique(set: Set<string>, make: () => string): string {
    for (;;) {
      const v = make();
      if (!set.has(v)) {
        set.add(v);
        return v;
      }
    }
  }

  make(opts: { gender?: "男" | "女"; birthYear?: number } = {}): Person {
    const r = this.rng;
    const gender = opts.gender ?? (r.chance(0.72) ? "女" : "男");
    const name = r.pick(SURNAMES) + r.pick(GIVEN_CHARS) + r.pick(GIVEN_CHARS);
    const year = opts.birthYear ?? r.int(1965, 2006);
    const birthDate = `${year}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
    const phone = this.unique(this.phones, () => "1" + r.pick(["3", "5", "7", "8", "9"]) + r.chars("0123456789", 9));
    const email = this.unique(this.emails, () => {
      const local = r.chance(0.3)
        ? r.chars("123456789", 1) + r.chars("0123456789", r.int(7, 9))
        : r.pick(PINYIN) + r.pick(["", "_", "."]) + r.pick(PINYIN) + r.int(1, 2024);
      return `${local}@${r.weighted(EMAIL_DOMAINS, EMAIL_DOMAIN_WEIGHTS)}`;
    });
    const province = r.weighted(PROVINCES, this.provinceWeights);
    const city = r.pick(province.cities);
    const district = r.pick(city.districts);
    const street = this.unique(this.streets, () => `${r.pick(ROADS)}${r.int(1, 399)}号${r.int(1, 30)}栋${r.int(1, 32)}${pad(r.int(1, 8), 2)}室`);
    const sexDigit = gender === "男" ? r.pick([1, 3, 5, 7, 9]) : r.pick([0, 2, 4, 6, 8]);
    const first17 = `${province.idPrefix}${pad(r.int(100, 999), 4)}${birthDate.replaceAll("-", "")}${pad(r.int(0, 99), 2)}${sexDigit}`;
    const idNumber = first17 + idCheckDigit(first17);
    const address = `${province.name} ${city.name} ${district} ${street}`;
    return { name, gender, birthDate, phone, email, idNumber, province, city: city.name, district, street, address };
  }
}

/** Collects every personal value actually written, so the privacy test greps for exactly those. */
export class CanaryLog {
  private readonly values = new Set<string>();

  plant(value: string): string {
    this.values.add(value);
    return value;
  }

  sorted(): string[] {
    return [...this.values].sort();
  }
}
