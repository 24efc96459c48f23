/** A count that should reconcile did not: the build stops rather than publish a silent loss. */
export class ReconciliationError extends Error {}
