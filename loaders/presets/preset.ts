/**
 * A preset knows one kind of export: how to recognise it from its header and how to turn one of
 * its records into canonical rows. Presets never touch the file system or DuckDB; the pipeline
 * feeds them records and collects what they return, so each preset is testable on inline rows.
 */
import type { TableName } from "../../src/schema.ts";

/** A value as it goes into DuckDB: timestamps and dates are naive shop-local epoch milliseconds. */
export type CellValue = string | number | boolean | null;
export type CanonicalRow = Record<string, CellValue>;

/** What a preset returns for one record. `table` may also be a staging table named `stage_*`. */
export interface MappedRow {
  readonly table: TableName | `stage_${string}`;
  readonly row: CanonicalRow;
}

/** A record that cannot be repaired: goes to quarantine with this code and message. */
export class RowError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RowError";
  }
}

/** A record that is valid but deliberately not loaded (e.g. outside the export's declared window). */
export class RowExcluded extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RowExcluded";
  }
}

export interface DetectInput {
  readonly fileName: string;
  /** Header cells, trimmed and NFKC-normalised; for header-less formats the first record. */
  readonly header: readonly string[];
}

export interface PresetContext {
  /** Path of the file under data/, for messages. */
  readonly sourceFile: string;
  /** The source's declared time zone (IANA) and the shop's. */
  readonly sourceTimeZone: string;
  readonly shopTimeZone: string;
  /** Keyed hash of a customer/visitor key so one person links across files. */
  pseudonymize(id: string): string;
  /** Masks phones, e-mails, ID numbers and known names inside free text. */
  mask(text: string): string;
  /** Remembers a personal value seen in a PII column so it is masked in free text everywhere. */
  rememberPersonal(value: string): void;
  /** Per-file scratch space for presets whose rows depend on earlier rows (Shopify line items). */
  readonly state: Record<string, unknown>;
}

/**
 * An optional set-based reading of a clean, machine-written log, run inside DuckDB instead of
 * record by record (10 million events in seconds rather than minutes). It states the same mapping
 * as `map`, column by column; anything the pipeline cannot prove clean up front (quotes, blank
 * lines, untrimmed cells, an unknown value, an unexpected time format) sends the whole file down
 * the record-by-record path instead, which finds and quarantines the defects with line numbers.
 */
export interface FastPathSpec {
  readonly table: TableName;
  /** Raw headers that must be non-empty in every record. */
  readonly required: readonly string[];
  /** canonical column → raw header, kept as text (empty → null). */
  readonly text: Readonly<Record<string, string>>;
  /** canonical TIMESTAMP column → raw header holding ISO 8601 with a UTC offset (…T08:05:00+08:00). */
  readonly isoInstant: Readonly<Record<string, string>>;
  /** canonical column → raw header and the preset's own function for its (few) distinct values. */
  readonly lookup: Readonly<Record<string, { readonly from: string; readonly map: (value: string) => string | null }>>;
  /** canonical column → raw header pseudonymised with ctx.pseudonymize (empty → null). */
  readonly pseudonym: Readonly<Record<string, string>>;
  /** Raw headers whose values are personal and remembered for masking free text. */
  readonly personal: readonly string[];
}

export interface Preset {
  readonly id: string;
  readonly label: { readonly en: string; readonly zh: string };
  /** Tables this preset writes (for the capability check and the docs). */
  readonly tables: readonly TableName[];
  /**
   * The table in which one record becomes one row, for reconciling counts (default tables[0]);
   * e.g. order_items for exports with one row per line item. Null when records only feed staging.
   */
  readonly primaryTable?: TableName | null;
  /** false: the file has no header row (Tianchi log, CDNOW). */
  readonly hasHeader: boolean;
  /**
   * Identical records are separate facts in this format (CDNOW: two identical lines are two
   * purchases), so the pipeline must not drop exact duplicate records.
   */
  readonly keepDuplicateRecords?: boolean;
  /** For header-less formats that sometimes carry a header line anyway: is this record one? */
  isHeaderRecord?(fields: readonly string[]): boolean;
  /** Set-based reading for clean logs (see FastPathSpec). */
  readonly fastPath?: FastPathSpec;
  /** Column names for header-less formats, so records still arrive as objects. */
  readonly columns?: readonly string[];
  /** Field delimiter; undefined = sniff. "whitespace" splits on runs of blanks (CDNOW). */
  readonly delimiter?: string | "whitespace";
  readonly defaultTimeZone: string;
  readonly defaultCurrency?: string;
  /** Whether the export records when refunds happened (analyses "as of" a date need it). */
  readonly refundTimeKnown?: boolean;
  /** 0 = not this format, 1 = certainly this format. */
  detect(input: DetectInput): number;
  /** Maps one record (header → cell, cells already trimmed) to canonical rows. */
  map(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[];
  /** SQL run after every file is loaded, to resolve staging tables into canonical ones. */
  readonly finalizeSql?: readonly string[];
  /** Column holding the time used for "latest export wins" (e.g. the order's latest status time). */
  readonly snapshotTimeColumns?: readonly string[];
  /** Declared data window: records outside it are excluded and counted (Tianchi: 2017-11-25 … 12-03). */
  readonly window?: { readonly from: string; readonly to: string; readonly column: string };
}
