/**
 * CDNOW_sample.txt: whitespace-separated `master_id sample_id date cds dollars`. The customer is
 * master_id, so sample orders carry the same customer and order ids as in the master file.
 */
import { cdnowDate, mapCdnowRecord, whitespaceFields } from "./cdnowRecord.ts";
import type { DetectInput, Preset } from "./preset.ts";

const COLUMNS = ["master_id", "sample_id", "date", "cds", "dollars"] as const;

function detectCdnowSample(input: DetectInput): number {
  const header = whitespaceFields(input.header);
  if (header.length !== 5) return 0;
  const [masterId, sampleId, date, cds, dollars] = header;
  if (!/^\d+$/.test(masterId) || !/^\d+$/.test(sampleId) || cdnowDate(date) === null) return 0;
  return /^\d+$/.test(cds) && /^\d+(\.\d+)?$/.test(dollars) ? 0.9 : 0.4;
}

export const cdnowSample: Preset = {
  id: "cdnow-sample",
  label: { en: "CDNOW sample transactions", zh: "CDNOW 抽样交易" },
  tables: ["orders"],
  hasHeader: false,
  columns: COLUMNS,
  delimiter: "whitespace",
  defaultTimeZone: "America/New_York",
  defaultCurrency: "USD",
  // Identical lines are separate purchases of the same customer on the same day.
  keepDuplicateRecords: true,
  detect: detectCdnowSample,
  map: (record, ctx) => mapCdnowRecord(record, ctx, "master_id")
};
