import { confusionMatrix, type ConfusionMatrix } from "./confusionMatrix.js";

export interface ClassificationMetrics<L extends string> {
  readonly n: number;
  /** Share predicted right. */
  readonly accuracy: number;
  /** Mean over the actual classes of each class's recall: 0.5 for any constant guess on two classes. */
  readonly balancedAccuracy: number;
  /** Mean over the actual classes of each class's F1 (a class never predicted scores 0). */
  readonly macroF1: number;
  /** Accuracy of always guessing the most frequent actual class, the floor any model must clear. */
  readonly majorityRate: number;
  readonly confusion: ConfusionMatrix<L>;
}

/**
 * Accuracy, balanced accuracy, macro-F1 and the majority-class rate, from the confusion matrix.
 * Averages run over the actual classes only (scikit-learn's balanced_accuracy_score; its macro F1
 * with labels = the classes): a predicted label that is no class, such as "neutral", counts as a
 * miss for the item's class without becoming a class of its own. On skewed data accuracy flatters
 * ("always positive" scores 0.88 on the English reviews), so read it beside the other three.
 */
export function classificationMetrics<L extends string>(actual: readonly L[], predicted: readonly L[], classes?: readonly L[]): ClassificationMetrics<L> {
  const confusion = confusionMatrix(actual, predicted, classes);
  const { counts } = confusion;
  const n = actual.length;
  if (n === 0) throw new Error("classificationMetrics: no items");
  let correct = 0, recallSum = 0, f1Sum = 0, largest = 0, present = 0;
  counts.forEach((row, r) => {
    const support = row.reduce((s, x) => s + x, 0);
    const hits = row[r]!;
    const predictedAs = counts.reduce((s, other) => s + other[r]!, 0);
    correct += hits;
    largest = Math.max(largest, support);
    if (support === 0) return; // a class listed but absent from `actual` has no recall
    present++;
    recallSum += hits / support;
    f1Sum += hits === 0 ? 0 : (2 * hits) / (support + predictedAs);
  });
  return { n, accuracy: correct / n, balancedAccuracy: recallSum / present, macroF1: f1Sum / present, majorityRate: largest / n, confusion };
}
