/**
 * The one error type the CLV library throws. Readers of the reports see both languages, so every
 * error carries an English and a Chinese message; `code` is stable and meant for programs (a page
 * can show a friendly panel per code instead of a stack trace).
 *
 * Rule of the library: when an input cannot support an answer, or the optimiser did not reach a
 * verified optimum, we throw instead of returning numbers that look plausible but are wrong.
 */
export type ClvErrorCode =
  | "invalid_input"
  | "no_customers"
  | "too_few_repeat_buyers"
  | "calibration_outside_data"
  | "non_positive_spend"
  | "not_converged"
  | "undefined_expectation";

export class ClvError extends Error {
  readonly code: ClvErrorCode;
  readonly messageZh: string;
  /** Extra facts for logs and debugging (counts, the parameters reached, …). */
  readonly details: Record<string, unknown>;

  constructor(code: ClvErrorCode, message: string, messageZh: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "ClvError";
    this.code = code;
    this.messageZh = messageZh;
    this.details = details;
  }
}

/** Alias kept for readers who look for an "input error": every input problem is a ClvError. */
export { ClvError as ClvInputError };
