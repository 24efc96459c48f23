/** Shop CRM member export → customers. 姓名, 手机号, 邮箱 are remembered for masking and never stored. */
import { splitAddress } from "../clean/provinces.ts";
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["买家会员名", "性别", "会员等级", "注册时间"];
const OPTIONAL = ["姓名", "手机号", "邮箱", "出生日期", "所在地区", "注册渠道"];
const PERSONAL = ["买家会员名", "姓名", "手机号", "邮箱"];

const GENDERS: Record<string, "F" | "M"> = { 男: "M", 女: "F", m: "M", f: "F", male: "M", female: "F" };

function mapShopMember(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  for (const col of PERSONAL) {
    const v = r.text(col);
    if (v) ctx.rememberPersonal(v);
  }
  const nick = r.required("买家会员名");
  const region = r.text("所在地区");
  const { province, city } = region ? splitAddress(region) : { province: null, city: null };
  if (region && region !== province) ctx.rememberPersonal(region);
  const genderText = r.text("性别");
  // 未知 / 保密 and other values mean "not recorded", not an error.
  const gender = genderText ? (GENDERS[genderText.toLowerCase()] ?? null) : null;
  const birth = r.date("出生日期");
  const birthYear = birth === null ? null : new Date(birth).getUTCFullYear();
  if (birthYear !== null && (birthYear < 1900 || birthYear > 2100)) {
    throw new RowError("bad_date", `出生日期 out of range: "${r.text("出生日期")}"`);
  }
  return [
    tableRow("customers", {
      customer_id: ctx.pseudonymize(nick),
      first_seen_date: r.date("注册时间"),
      gender,
      birth_year: birthYear,
      province,
      city,
      acquisition_channel: r.text("注册渠道"),
      member_level: r.text("会员等级")
    })
  ];
}

export const shopMembers: Preset = {
  id: "shop-members",
  label: { en: "Shop CRM member export", zh: "店铺会员导出" },
  tables: ["customers"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopMember
};
