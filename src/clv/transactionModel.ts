/**
 * What diagnostics and CLV need from a purchase-process model (BG/NBD or Pareto/NBD), so they can
 * be written once. All times are in the unit of the data the model was fitted on.
 */
export interface TransactionModel {
  readonly name: "bgnbd" | "paretoNbd";
  /** Fitted parameters by name (r, alpha, a, b or r, alpha, s, beta). */
  readonly params: Readonly<Record<string, number>>;
  /** E[X(t)]: expected repeat purchases in (0, t] for a customer whose first purchase is at 0. */
  expectedPurchases(t: number): number;
  /** E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] for a customer with history (x, t_x, T). */
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  /** P(still active at T | x, t_x, T). */
  probabilityAlive(x: number, tx: number, T: number): number;
}
