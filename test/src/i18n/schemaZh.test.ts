// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ALL_TABLES, EVENT_TYPES, FEEDBACK_KINDS, ORDER_STATUSES } from "../../../src/schema.ts";
import { SCHEMA_ZH, schemaText } from "../../../src/i18n/schemaZh.ts";
import { schemaList } from "../../../reports/components/schemaList.ts";

const CJK = /[\u4e00-\u9fff]/;

describe("SCHEMA_ZH", () => {
  it("describes every table and column of ALL_TABLES in Chinese", () => {
    const missing: string[] = [];
    const notChinese: string[] = [];
    for (const [table, spec] of Object.entries(ALL_TABLES)) {
      const zh = SCHEMA_ZH[table];
      if (!zh) {
        missing.push(table);
        continue;
      }
      if (!CJK.test(zh.description.trim())) notChinese.push(table);
      for (const column of spec.columns) {
        const text = zh.columns[column.name];
        if (text === undefined) missing.push(`${table}.${column.name}`);
        else if (!CJK.test(text.trim())) notChinese.push(`${table}.${column.name}`);
      }
    }
    expect({ missing, notChinese }).toEqual({ missing: [], notChinese: [] });
  });

  it("names no table or column that ALL_TABLES lacks", () => {
    const extra: string[] = [];
    for (const [table, zh] of Object.entries(SCHEMA_ZH)) {
      const spec = ALL_TABLES[table];
      if (!spec) {
        extra.push(table);
        continue;
      }
      const names = new Set(spec.columns.map((c) => c.name));
      for (const column of Object.keys(zh.columns)) if (!names.has(column)) extra.push(`${table}.${column}`);
    }
    expect(extra).toEqual([]);
  });

  it("keeps the vocabularies' codes literal, so they can be typed in SQL", () => {
    for (const code of ORDER_STATUSES) expect(SCHEMA_ZH.orders.columns.status).toContain(code);
    for (const code of EVENT_TYPES) expect(SCHEMA_ZH.events.columns.event_type).toContain(code);
    for (const code of FEEDBACK_KINDS) expect(SCHEMA_ZH.feedback.columns.kind).toContain(code);
    expect(SCHEMA_ZH.orders.columns.refunded_at).toContain("sources.refund_time_known");
  });
});

describe("schemaText", () => {
  it("gives the schema's English for en and the Chinese for zh", () => {
    expect(schemaText("en", "orders")).toBe(ALL_TABLES.orders.description);
    expect(schemaText("en", "orders", "paid_at")).toBe("Payment time; null = never paid.");
    expect(schemaText("zh", "orders")).toBe(SCHEMA_ZH.orders.description);
    expect(schemaText("zh", "orders", "paid_at")).toBe("付款时间；null 表示从未付款。");
    expect(schemaText("zh", "quality", "rows_read")).toBe(SCHEMA_ZH.quality.columns.rows_read);
    for (const [table, spec] of Object.entries(ALL_TABLES)) {
      for (const column of spec.columns) expect(schemaText("en", table, column.name)).toBe(column.description);
    }
  });

  it("throws on an unknown table or column", () => {
    expect(() => schemaText("zh", "no_such_table")).toThrow("unknown table: no_such_table");
    expect(() => schemaText("en", "orders", "no_such_column")).toThrow("unknown column: orders.no_such_column");
  });
});

describe("schemaList", () => {
  it("shows the descriptions in the reader's language, as text", () => {
    const zh = schemaList(["orders"], "zh");
    expect(zh.querySelector("summary")!.title).toBe(SCHEMA_ZH.orders.description);
    const zhItems = [...zh.querySelectorAll("li")].map((li) => li.textContent);
    expect(zhItems).toHaveLength(ALL_TABLES.orders.columns.length);
    expect(zhItems).toContain("paid_at TIMESTAMP — 付款时间；null 表示从未付款。");

    const en = schemaList(["orders"], "en");
    expect(en.querySelector("summary")!.title).toBe(ALL_TABLES.orders.description);
    expect([...en.querySelectorAll("li")].map((li) => li.textContent)).toContain("paid_at TIMESTAMP — Payment time; null = never paid.");
  });
});
