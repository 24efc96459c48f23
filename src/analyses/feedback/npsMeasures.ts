/**
 * Net Promoter Score, written once for npsSummary and npsTrend. Respondents are the items of the
 * feedback filter with an NPS answer 0–10 (any kind, with or without text; out-of-range values
 * are not answers): promoters answer 9–10, passives 7–8, detractors 0–6.
 * NPS = (promoters − detractors) ÷ respondents × 100, from −100 to 100; null without respondents,
 * as are the shares.
 * NPS_COUNTS aggregates rows of `ff`; NPS_COLUMNS selects from those counts aliased `n`.
 */
export const NPS_RESPONDENT = "nps BETWEEN 0 AND 10";

export const NPS_COUNTS = `count(*) FILTER (WHERE ${NPS_RESPONDENT}) AS respondents,
  count(*) FILTER (WHERE nps BETWEEN 9 AND 10) AS promoters, count(*) FILTER (WHERE nps BETWEEN 7 AND 8) AS passives,
  count(*) FILTER (WHERE nps BETWEEN 0 AND 6) AS detractors`;

export const NPS_COLUMNS = `coalesce(n.respondents, 0)::INTEGER AS respondents, coalesce(n.promoters, 0)::INTEGER AS promoters,
  coalesce(n.passives, 0)::INTEGER AS passives, coalesce(n.detractors, 0)::INTEGER AS detractors,
  (n.promoters / nullif(n.respondents, 0))::DOUBLE AS promoter_share, (n.passives / nullif(n.respondents, 0))::DOUBLE AS passive_share,
  (n.detractors / nullif(n.respondents, 0))::DOUBLE AS detractor_share,
  ((n.promoters - n.detractors) * 100 / nullif(n.respondents, 0))::DOUBLE AS nps`;

export interface NpsMeasures {
  respondents: number;
  promoters: number;
  passives: number;
  detractors: number;
  promoter_share: number | null;
  passive_share: number | null;
  detractor_share: number | null;
  nps: number | null;
}
