/**
 * Kaggle "Women's E-Commerce Clothing Reviews" → feedback (kind review): Rating 1–5, text =
 * Title + Review Text, product_id = Clothing ID, feedback_id from the unnamed row-number column.
 * The dataset circulates split into parts, each with its header; concatenated parts repeat the
 * header inside the file, and such a record is excluded as `repeated_header`. Age is not kept.
 */
import { feedbackText } from "./feedbackText.ts";
import { headerScore } from "./headerScore.ts";
import { nextOrdinal } from "./nextOrdinal.ts";
import { RowExcluded, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { ratingValue } from "./ratingValue.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["Clothing ID", "Review Text", "Rating"];
const OPTIONAL = [
  "Age", "Title", "Recommended IND", "Positive Feedback Count", "Division Name", "Department Name", "Class Name"
];

function mapClothingReview(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  if (record["Clothing ID"]?.trim() === "Clothing ID") throw new RowExcluded("repeated_header", "header line repeated inside the file");
  const r = recordReader(record, ctx);
  const title = r.text("Title");
  const body = r.text("Review Text");
  const joined = [title, body].filter((t) => t !== null).join("\n") || null;
  const rowNumber = r.text("");
  const id = rowNumber !== null ? `kaggle-clothing:${rowNumber}` : `${ctx.sourceFile}#${nextOrdinal(ctx, "clothing:records", "")}`;
  return [
    tableRow("feedback", {
      feedback_id: id,
      kind: "review",
      product_id: r.text("Clothing ID"),
      rating: ratingValue(r, "Rating", 1, 5),
      ...feedbackText(joined, ctx)
    })
  ];
}

export const reviewsKaggleClothing: Preset = {
  id: "reviews-kaggle-clothing",
  label: { en: "Kaggle women's clothing reviews", zh: "Kaggle 女装评论" },
  tables: ["feedback"],
  hasHeader: true,
  defaultTimeZone: "UTC",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapClothingReview
};
