/**
 * The one seam between analyses and engines. A page hands in DuckDB-WASM, a test hands in Node
 * DuckDB; the analysis SQL is the same text in both. Parameters are positional ($1, $2 …) because
 * the WASM prepare API has no named parameters, and arrays travel as delimited strings.
 */

export type Param = string | number | boolean | null;

export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T[]>;
}

export interface Query<Options, Row> {
  readonly name: string;
  readonly sql: string;
  /** Turns options into the positional parameter list, validating them first. */
  params(options: Options): Param[];
  run(db: Db, options: Options): Promise<Row[]>;
}

/**
 * `runner` lets an analysis prepare what its SQL reads before running it (RFM materialises its
 * per-customer base once per as-of date); the SQL text itself stays the one definition.
 */
export function defineQuery<Options, Row>(
  name: string,
  sql: string,
  params: (options: Options) => Param[],
  runner: (db: Db, sql: string, params: Param[], options: Options) => Promise<Row[]> = (db, text, p) => db.query<Row>(text, p)
): Query<Options, Row> {
  return {
    name,
    sql,
    params,
    run: (db, options) => runner(db, sql, params(options), options)
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a YYYY-MM-DD date option; errors read `invalid asOf: 2024-13-01`. */
export function isoDate(name: string, value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new Error(`invalid ${name}: ${value}`);
  }
  return value;
}

/** Picks an identifier from a fixed list: identifiers cannot be bound as parameters. */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`invalid ${name}: ${value} (expected one of ${allowed.join(", ")})`);
  }
  return value as T;
}
