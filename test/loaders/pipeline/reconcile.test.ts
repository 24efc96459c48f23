/**
 * reconcile(): every record of every file is accounted for twice — by an independent count of the
 * raw file against the parser's count, and by its fate (written, quarantined, excluded, merged,
 * de-duplicated, superseded). Any gap fails the load with a ReconciliationError naming the file.
 */
import { describe, expect, it } from "vitest";
import type { FileReport } from "../../../loaders/pipeline/readSourceFile.ts";
import { ReconciliationError, reconcile, type QualityRow } from "../../../loaders/pipeline/runPipeline.ts";
import { taobaoOrders } from "../../../loaders/presets/taobaoOrders.ts";
import { tianchiBehavior } from "../../../loaders/presets/tianchiBehavior.ts";

function report(source_file: string, rowsRead: number, recordsParsed = rowsRead, over: Partial<FileReport> = {}): FileReport {
  return {
    source_file,
    preset: taobaoOrders,
    encoding: "utf-8",
    sourceTimeZone: "Asia/Shanghai",
    exportDate: null,
    rowsRead,
    recordsParsed,
    quarantined: 0,
    excluded: 0,
    excludedByReason: {},
    merged: 0,
    duplicatesExact: 0,
    primaryRows: 0,
    quarantine: [],
    ...over
  };
}

function quality(source_file: string, over: Partial<QualityRow>): QualityRow {
  return {
    source_file,
    table_name: "orders",
    rows_read: 0,
    rows_written: 0,
    rows_quarantined: 0,
    rows_excluded: 0,
    rows_merged: 0,
    rows_derived: 0,
    duplicates_exact: 0,
    duplicates_key: 0,
    superseded: 0,
    date_min: null,
    date_max: null,
    ...over
  };
}

/** The error reconcile throws, or null. */
function failure(reports: FileReport[], rows: QualityRow[]): ReconciliationError | null {
  try {
    reconcile(reports, rows);
    return null;
  } catch (e) {
    if (!(e instanceof ReconciliationError)) throw e;
    return e;
  }
}

describe("reconcile", () => {
  it("accepts files whose every record has exactly one fate", () => {
    const reports = [
      report("orders.csv", 10),
      report("presale.csv", 4),
      report("UserBehavior.csv", 9, 9, { preset: tianchiBehavior })
    ];
    const rows = [
      // 10 = 5 written + 1 quarantined + 1 exact + 2 key duplicates + 1 superseded
      quality("orders.csv", { rows_read: 10, rows_written: 5, rows_quarantined: 1, duplicates_exact: 1, duplicates_key: 2, superseded: 1 }),
      // pre-sale: 4 records merged into 2 derived orders, all written: 2 − 2 + 4 = 4
      quality("presale.csv", { rows_read: 4, rows_written: 2, rows_derived: 2, rows_merged: 4 }),
      quality("UserBehavior.csv", { table_name: "events", rows_read: 9, rows_written: 6, rows_excluded: 3 }),
      // rows built by finalize SQL without a source of their own are not a file: ignored
      quality("(derived)", { table_name: "orders", rows_written: 7, rows_derived: 7 })
    ];
    expect(() => reconcile(reports, rows)).not.toThrow();
  });

  it("fails when one record has no fate (off by one)", () => {
    const e = failure(
      [report("orders.csv", 10)],
      [quality("orders.csv", { rows_read: 10, rows_written: 8, rows_quarantined: 1 })]
    );
    expect(e?.message).toBe(
      "counts do not reconcile:\n" +
        "- orders.csv: 10 records read but 9 accounted for (written 8 − derived 0 + quarantined 1 + excluded 0 + merged 0 + duplicates 0/0 + superseded 0)"
    );
  });

  it("fails when one record is counted twice (off by one the other way)", () => {
    const e = failure(
      [report("orders.csv", 3)],
      [quality("orders.csv", { rows_read: 3, rows_written: 3, duplicates_key: 1 })]
    );
    expect(e?.message).toBe(
      "counts do not reconcile:\n" +
        "- orders.csv: 3 records read but 4 accounted for (written 3 − derived 0 + quarantined 0 + excluded 0 + merged 0 + duplicates 0/1 + superseded 0)"
    );
  });

  it("fails when the independent count differs from the parser's, even if the fates add up", () => {
    const e = failure(
      [report("orders.csv", 10, 9)],
      [quality("orders.csv", { rows_read: 10, rows_written: 9, rows_quarantined: 1 })]
    );
    expect(e?.message).toBe("counts do not reconcile:\n- orders.csv: the raw file holds 10 records but the parser produced 9");
  });

  it("lists every problem of every file in one error", () => {
    const e = failure(
      [report("a.csv", 5, 4), report("b.csv", 2), report("c.csv", 1)],
      [
        quality("a.csv", { rows_read: 5, rows_written: 4 }),
        quality("b.csv", { rows_read: 2, rows_written: 1, superseded: 2, rows_derived: 0 }),
        quality("c.csv", { rows_read: 1, rows_written: 1 })
      ]
    );
    expect(e).toBeInstanceOf(ReconciliationError);
    expect(e?.message).toBe(
      "counts do not reconcile:\n" +
        "- a.csv: the raw file holds 5 records but the parser produced 4\n" +
        "- a.csv: 5 records read but 4 accounted for (written 4 − derived 0 + quarantined 0 + excluded 0 + merged 0 + duplicates 0/0 + superseded 0)\n" +
        "- b.csv: 2 records read but 3 accounted for (written 1 − derived 0 + quarantined 0 + excluded 0 + merged 0 + duplicates 0/0 + superseded 2)"
    );
  });

  it("subtracts derived rows: merged records that were not all written do not reconcile", () => {
    const e = failure(
      [report("presale.csv", 4)],
      [quality("presale.csv", { rows_read: 4, rows_written: 1, rows_derived: 2, rows_merged: 4 })]
    );
    expect(e?.message).toBe(
      "counts do not reconcile:\n" +
        "- presale.csv: 4 records read but 3 accounted for (written 1 − derived 2 + quarantined 0 + excluded 0 + merged 4 + duplicates 0/0 + superseded 0)"
    );
  });
});
