/**
 * Training label of a star rating: 4–5 stars positive, 1–2 negative. Three stars, a missing
 * rating and anything outside 1–5 give null: a 3-star review mixes praise and complaint too
 * often to teach either side, so it is left out of training (it can still be scored).
 */
export function ratingLabel(rating: number | null | undefined): "positive" | "negative" | null {
  if (rating == null || !Number.isFinite(rating) || rating < 1 || rating > 5) return null;
  if (rating >= 4) return "positive";
  if (rating <= 2) return "negative";
  return null;
}
