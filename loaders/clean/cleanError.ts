/**
 * A value that cannot be cleaned. `code` is stable and machine-readable (it becomes the quarantine
 * reason); the message quotes the offending input so a person can find it in the raw file.
 */
export class CleanError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "CleanError";
  }
}
