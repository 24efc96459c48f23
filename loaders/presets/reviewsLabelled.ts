/**
 * Sentiment-labelled review corpora (`label,review`, label 1 = positive, 0 = negative) → feedback
 * (kind review). feedback has no label column, so the binary label is put on the rating scale:
 * 1 → 5 stars, 0 → 1 star. Analyses that need the label read rating 5 vs 1; these are not real
 * star ratings and the report should say so. The corpora have no ids: feedback_id is the file and
 * the record's ordinal in it. Empty reviews carry no information and are excluded.
 */
import { feedbackText } from "./feedbackText.ts";
import { headerScore } from "./headerScore.ts";
import { nextOrdinal } from "./nextOrdinal.ts";
import { RowError, RowExcluded, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const RATING_OF_LABEL: Record<string, number> = { "1": 5, "0": 1 };

function mapLabelledReview(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const n = nextOrdinal(ctx, "reviews-labelled:records", "");
  const label = r.text("label");
  const rating = label === null ? undefined : RATING_OF_LABEL[label];
  if (rating === undefined) throw new RowError("bad_label", `label must be 0 or 1: "${label ?? ""}"`);
  const { text, lang } = feedbackText(r.text("review"), ctx);
  if (text === null) throw new RowExcluded("empty_review", "review text is empty");
  return [tableRow("feedback", { feedback_id: `${ctx.sourceFile}#${n}`, kind: "review", rating, text, lang })];
}

export const reviewsLabelled: Preset = {
  id: "reviews-labelled",
  label: { en: "Sentiment-labelled reviews (label, review)", zh: "带情感标签的评论（label, review）" },
  tables: ["feedback"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: ["label", "review"] }),
  map: mapLabelledReview
};
