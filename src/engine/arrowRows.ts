/**
 * Arrow result → plain row objects, with the convention every engine adapter shares (the Node
 * side is loaders/nodeDb.ts):
 *
 * - integers of any width (INTEGER, BIGINT, HUGEINT …) and DECIMAL → number (never BigInt);
 * - DATE and TIMESTAMP → `Date` holding the naive shop-local wall time read as UTC
 *   (DATE '2024-03-05' → 2024-03-05T00:00:00Z), so format them with timeZone "UTC"
 *   (src/i18n/format.ts does) and never with the reader's local zone;
 * - TIME → "HH:MM:SS"; lists → arrays; structs → objects; NULL → null.
 */

/** The part of an Arrow table (apache-arrow 17, as DuckDB-WASM returns it) this module reads. */
export interface ArrowLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly ArrowField[] };
  getChildAt(index: number): { get(index: number): unknown } | null;
}

export interface ArrowField {
  readonly name: string;
  readonly type: ArrowType;
}

interface ArrowType {
  readonly typeId: number;
  readonly scale?: number;
  readonly children?: readonly ArrowField[];
  readonly valueType?: ArrowType;
}

// apache-arrow's Type enum (stable across versions).
const INT = 2;
const DECIMAL = 7;
const DATE = 8;
const TIME = 9;
const TIMESTAMP = 10;
const LIST = 12;
const STRUCT = 13;
const FIXED_SIZE_LIST = 16;
const DICTIONARY = -1;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function toNumber(value: unknown, scale = 0): number {
  if (typeof value === "bigint") return Number(value) / 10 ** scale;
  if (typeof value === "number") return value / 10 ** scale;
  // Arrow's DecimalBigNum and other wide integers: valueOf(scale) applies the decimal scale.
  const big = value as { valueOf(scale?: number): number | bigint };
  const n = big.valueOf(scale);
  return typeof n === "bigint" ? Number(n) : n;
}

function converter(type: ArrowType): (value: unknown) => unknown {
  switch (type.typeId) {
    case INT:
      return (v) => (typeof v === "bigint" ? Number(v) : v);
    case DECIMAL: {
      const scale = type.scale ?? 0;
      return (v) => toNumber(v, scale);
    }
    case DATE:
    case TIMESTAMP:
      // Arrow JS returns epoch milliseconds for both.
      return (v) => (v instanceof Date ? v : new Date(Number(v)));
    case TIME:
      // Arrow returns TIME as microseconds (bigint) or milliseconds (number) since midnight.
      return (v) => {
        const d = new Date(typeof v === "bigint" ? Number(v / 1000n) : Number(v));
        return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      };
    case LIST:
    case FIXED_SIZE_LIST: {
      const item = type.children?.[0] ? converter(type.children[0].type) : (x: unknown) => x;
      return (v) => Array.from(v as Iterable<unknown>, (x) => (x == null ? null : item(x)));
    }
    case STRUCT: {
      const fields = (type.children ?? []).map((f) => [f.name, converter(f.type)] as const);
      return (v) => {
        const obj = v as Record<string, unknown>;
        return Object.fromEntries(fields.map(([name, conv]) => [name, obj[name] == null ? null : conv(obj[name])]));
      };
    }
    case DICTIONARY:
      return type.valueType ? converter(type.valueType) : (v) => v;
    default:
      return (v) => v;
  }
}

/** Column names and DuckDB-ish type labels of a result, for the Explore page's chart picker. */
export function arrowColumns(table: ArrowLike): { name: string; kind: ColumnKind }[] {
  return table.schema.fields.map((f) => ({ name: f.name, kind: columnKind(f.type) }));
}

export type ColumnKind = "number" | "date" | "timestamp" | "boolean" | "text" | "other";

function columnKind(type: ArrowType): ColumnKind {
  switch (type.typeId) {
    case INT:
    case 3: // Float
    case DECIMAL:
      return "number";
    case DATE:
      return "date";
    case TIMESTAMP:
      return "timestamp";
    case 6:
      return "boolean";
    case 5:
    case 20:
      return "text";
    case DICTIONARY:
      return type.valueType ? columnKind(type.valueType) : "text";
    default:
      return "other";
  }
}

/** Converts every row of an Arrow table into a plain object, column by column. */
export function arrowRows<T = Record<string, unknown>>(table: ArrowLike): T[] {
  const fields = table.schema.fields;
  const n = table.numRows;
  const rows: Record<string, unknown>[] = Array.from({ length: n }, () => ({}));
  fields.forEach((field, j) => {
    const column = table.getChildAt(j);
    const convert = converter(field.type);
    for (let i = 0; i < n; ++i) {
      const v = column?.get(i);
      rows[i][field.name] = v == null ? null : convert(v);
    }
  });
  return rows as T[];
}
