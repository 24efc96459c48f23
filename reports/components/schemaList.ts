import { ALL_TABLES } from "../lib/schema.js";
import type { Lang } from "../lib/i18n/lang.js";
import { schemaText } from "../lib/i18n/schemaZh.js";

/**
 * The canonical tables' columns, beside the SQL editor: one collapsible entry per queryable table,
 * each column with its type and description in the reader's language (from src/schema.ts and its
 * Chinese in src/i18n/schemaZh.ts, so it cannot drift). All text goes in as DOM text, never HTML.
 */
export function schemaList(tables: readonly string[], lang: Lang): HTMLElement {
  const root = document.createElement("div");
  root.className = "sl-schema";
  for (const name of tables) {
    const spec = ALL_TABLES[name];
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = name;
    details.append(summary);
    if (spec) {
      summary.title = schemaText(lang, name);
      const list = document.createElement("ul");
      for (const column of spec.columns) {
        const item = document.createElement("li");
        const code = document.createElement("code");
        code.textContent = `${column.name} ${column.type}`;
        item.append(code, ` — ${schemaText(lang, name, column.name)}`);
        list.append(item);
      }
      details.append(list);
    }
    root.append(details);
  }
  return root;
}
