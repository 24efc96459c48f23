export interface ConfusionMatrix<L extends string> {
  /** Row labels: the actual classes, in the order given. */
  readonly actual: readonly L[];
  /** Column labels: the actual classes, then any other predicted label (e.g. "neutral") in order of appearance. */
  readonly predicted: readonly L[];
  /** counts[r][c]: items of actual class actual[r] predicted as predicted[c]. */
  readonly counts: readonly (readonly number[])[];
}

/**
 * Counts actual × predicted labels. `classes` fixes the row order (default: labels in order of
 * first appearance in `actual`); a predicted label that is no actual class gets a column of its
 * own, so a "neutral" prediction shows as an abstention rather than vanishing.
 */
export function confusionMatrix<L extends string>(actual: readonly L[], predicted: readonly L[], classes?: readonly L[]): ConfusionMatrix<L> {
  if (actual.length !== predicted.length) throw new Error(`confusionMatrix: ${actual.length} actual but ${predicted.length} predicted labels`);
  const rows = classes ?? [...new Set(actual)];
  const columns = [...rows];
  for (const p of predicted) if (!columns.includes(p)) columns.push(p);
  const counts = rows.map(() => columns.map(() => 0));
  actual.forEach((a, i) => {
    const r = rows.indexOf(a);
    if (r < 0) throw new Error(`confusionMatrix: actual label "${a}" is not one of the classes ${rows.join(", ")}`);
    counts[r]![columns.indexOf(predicted[i]!)]!++;
  });
  return { actual: rows, predicted: columns, counts };
}
