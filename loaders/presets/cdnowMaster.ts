/** CDNOW_master.txt: whitespace-separated `customer_id date cds dollars`, one purchase per line → orders. */
import { cdnowDate, mapCdnowRecord, whitespaceFields } from "./cdnowRecord.ts";
import type { DetectInput, Preset } from "./preset.ts";

const COLUMNS = ["customer_id", "date", "cds", "dollars"] as const;

/** Recognises the first record: either the header line the master file has, or a data line. */
function detectCdnowMaster(input: DetectInput): number {
  const header = whitespaceFields(input.header);
  if (header.length !== 4) return 0;
  const [id, date, cds, dollars] = header;
  if (id === "customer_id" && date === "date" && /cds/i.test(cds) && /dollar/i.test(dollars)) return 0.95;
  if (!/^\d+$/.test(id) || cdnowDate(date) === null) return 0;
  return /^\d+$/.test(cds) && /^\d+(\.\d+)?$/.test(dollars) ? 0.9 : 0.4;
}

export const cdnowMaster: Preset = {
  id: "cdnow-master",
  label: { en: "CDNOW master transactions", zh: "CDNOW 全量交易" },
  tables: ["orders"],
  hasHeader: false,
  columns: COLUMNS,
  delimiter: "whitespace",
  defaultTimeZone: "America/New_York",
  defaultCurrency: "USD",
  // Identical lines are separate purchases of the same customer on the same day.
  keepDuplicateRecords: true,
  isHeaderRecord: (fields) => whitespaceFields(fields)[0] === "customer_id",
  detect: detectCdnowMaster,
  map: (record, ctx) => mapCdnowRecord(record, ctx, "customer_id")
};
