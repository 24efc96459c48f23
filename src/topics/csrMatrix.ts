/**
 * A sparse matrix in compressed sparse row form: row i's entries are colIndex/values at
 * rowStart[i] … rowStart[i + 1] − 1, columns ascending. A document–term matrix of 100,000 reviews
 * holds about a million non-zeros out of 500 million cells, so everything in the topic model
 * works on this form and never on a dense copy.
 */
export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly values: Float64Array;
}
