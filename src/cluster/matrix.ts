/**
 * The dense matrix every function in this folder works on: rows × cols numbers in one row-major
 * Float64Array. One flat typed array instead of number[][] keeps 200,000 rows in a single
 * allocation the engine can scan without chasing pointers, and it transfers to a Web Worker or
 * across the Node/browser boundary as one buffer.
 */

export interface Matrix {
  rows: number;
  cols: number;
  /** Row-major: the value at row r, column c is data[r * cols + c]. Length rows × cols. */
  data: Float64Array;
}

/**
 * Copies an array of equal-length rows into a Matrix. Ragged input is refused rather than padded,
 * since a missing feature silently read as 0 would bend the clusters. Values are copied as given;
 * the functions that compute with them reject non-finite ones, naming the row and column.
 */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  if (rows.length === 0) throw new Error("matrixFromRows needs at least one row (the column count comes from it)");
  const cols = rows[0].length;
  if (cols === 0) throw new Error("matrixFromRows needs at least one column, row 0 is empty");
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, r) => {
    if (row.length !== cols) throw new Error(`row ${r} has ${row.length} values, row 0 has ${cols}`);
    data.set(row, r * cols);
  });
  return { rows: rows.length, cols, data };
}
