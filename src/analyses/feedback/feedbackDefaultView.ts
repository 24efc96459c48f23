/**
 * The Feedback page at its default settings (feedback_default.json), computed at build time by the
 * page's own queries over the last twelve months of feedback: aggregates only — no feedback text,
 * no quotes and no ids — so a public build can show it.
 */
import type { Db } from "../../query.js";
import { dataSpan, lastDaysOf } from "../dateRange.js";
import type { FeedbackFilterOptions } from "./feedbackFilter.js";
import { feedbackTrend, type FeedbackTrendRow } from "./feedbackTrend.js";
import { aspectSentiment, type AspectSentimentRow } from "./aspectSentiment.js";
import { aspectsByGroup, type AspectsByGroupRow } from "./aspectsByGroup.js";
import { emergingAspects, type EmergingAspectRow } from "./emergingAspects.js";
import { npsSummary } from "./npsSummary.js";
import { npsTrend, type NpsTrendRow } from "./npsTrend.js";
import { complaintRate } from "./complaintRate.js";
import { complaintTrend, type ComplaintTrendRow } from "./complaintTrend.js";
import { feedbackTopicsTable, type FeedbackTopicRow } from "./feedbackTopicsTable.js";
import { feedbackModelTable, type FeedbackModelRow } from "./feedbackModelTable.js";
import { opinionPairsTable, type OpinionPairRow } from "./opinionPairsTable.js";
import type { NpsMeasures } from "./npsMeasures.js";
import type { ComplaintMeasures } from "./complaintCounts.js";

export interface FeedbackSettings extends FeedbackFilterOptions {
  grain: "month" | "week";
  dim: "category" | "brand";
  minNegative: number;
}

export interface FeedbackDefaultView {
  span: { from: string; to: string };
  settings: FeedbackSettings;
  trend: FeedbackTrendRow[];
  aspects: AspectSentimentRow[];
  byGroup: AspectsByGroupRow[];
  emerging: EmergingAspectRow[];
  nps: NpsMeasures | null;
  npsTrend: NpsTrendRow[];
  complaints: ComplaintMeasures | null;
  complaintTrend: ComplaintTrendRow[];
  topics: FeedbackTopicRow[];
  model: FeedbackModelRow[];
  opinions: OpinionPairRow[];
}

export const feedbackSpan = (db: Db) => dataSpan(db, "feedback", "created_at");

export function defaultFeedbackSettings(span: { from: string; to: string }): FeedbackSettings {
  return { ...lastDaysOf(span.from, span.to, 365), kind: "all", sentiment: "all", aspect: "all", category: "all", brand: "all", grain: "month", dim: "category", minNegative: 5 };
}

export async function feedbackDefaultView(db: Db): Promise<FeedbackDefaultView | null> {
  const span = await feedbackSpan(db);
  if (!span) return null;
  const s = defaultFeedbackSettings(span);
  const { grain, dim, minNegative, ...f } = s;
  const { sentiment: _s, ...noSentiment } = f;
  const { kind: _k, ...noKind } = f;
  return {
    span,
    settings: s,
    trend: await feedbackTrend.run(db, { ...f, grain }),
    aspects: await aspectSentiment.run(db, f),
    byGroup: await aspectsByGroup.run(db, { ...f, dim, top: 8 }),
    emerging: await emergingAspects.run(db, { ...noSentiment, minNegative }),
    nps: (await npsSummary.run(db, f))[0] ?? null,
    npsTrend: await npsTrend.run(db, { ...f, grain }),
    complaints: (await complaintRate.run(db, noKind))[0] ?? null,
    complaintTrend: await complaintTrend.run(db, { ...noKind, grain }),
    topics: await feedbackTopicsTable.run(db, {}),
    model: await feedbackModelTable.run(db, {}),
    opinions: await opinionPairsTable.run(db, { top: 8, aspect: "all" })
  };
}
