import { ALL_TABLES } from "../lib/schema.js";

/**
 * The canonical tables' columns, beside the SQL editor: one collapsible entry per queryable table,
 * each column with its type and description (from src/schema.ts, so it cannot drift).
 */
export function schemaList(tables: readonly string[]): HTMLElement {
  const root = document.createElement("div");
  root.className = "sl-schema";
  for (const name of tables) {
    const spec = ALL_TABLES[name];
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = name;
    details.append(summary);
    if (spec) {
      summary.title = spec.description;
      const list = document.createElement("ul");
      for (const column of spec.columns) {
        const item = document.createElement("li");
        const code = document.createElement("code");
        code.textContent = `${column.name} ${column.type}`;
        item.append(code, ` — ${column.description}`);
        list.append(item);
      }
      details.append(list);
    }
    root.append(details);
  }
  return root;
}
