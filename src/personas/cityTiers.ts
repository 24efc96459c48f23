/**
 * City tiers (城市等级) used by the city-tier tag. China has no official tier list; this is the
 * widely used 第一财经·新一线城市研究所 ranking (2024 edition, first tier and "new first tier").
 * Every other mainland city is "other"; cities outside mainland China are "overseas". Edit the
 * lists here when the shop prefers another ranking — the tag definition on the page reads them.
 */
export const CITY_TIERS = {
  tier1: ["北京", "上海", "广州", "深圳"],
  new_tier1: ["成都", "杭州", "重庆", "武汉", "苏州", "西安", "南京", "长沙", "天津", "郑州", "东莞", "无锡", "宁波", "青岛", "合肥"],
  // Outside the mainland ranking although written in Chinese.
  outside_mainland: ["香港", "澳门", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹"]
} as const;

/** SQL CASE giving the tier of `cityExpr` (a city name with or without the 市 suffix). */
export function cityTierSql(cityExpr: string): string {
  const list = (names: readonly string[]) => names.map((n) => `'${n}'`).join(", ");
  const city = `regexp_replace(${cityExpr}, '市$', '')`;
  return `CASE WHEN ${cityExpr} IS NULL THEN NULL
    -- A city name without Chinese characters (São Paulo, London) is outside mainland China's ranking.
    WHEN NOT regexp_matches(${cityExpr}, '[\u4e00-\u9fff]') OR ${city} IN (${list(CITY_TIERS.outside_mainland)}) THEN 'overseas'
    WHEN ${city} IN (${list(CITY_TIERS.tier1)}) THEN 'tier1'
    WHEN ${city} IN (${list(CITY_TIERS.new_tier1)}) THEN 'new_tier1'
    ELSE 'other' END`;
}
