/**
 * A plain table in a horizontally scrolling box, so a wide table never widens a phone's page.
 * Columns numericFrom … numericTo − 1 hold numbers (right-aligned, tabular figures). Cells are
 * set with textContent (or appended as nodes), never innerHTML: names and ids are data.
 */
export function plainTable(
  head: readonly string[],
  rows: readonly (readonly (string | Node)[])[],
  numericFrom = 1,
  numericTo = Infinity
): HTMLElement {
  const box = document.createElement("div");
  box.className = "sl-scroll";
  const table = document.createElement("table");
  table.className = "sl-plain-table";
  box.append(table);
  const numeric = (i: number) => i >= numericFrom && i < numericTo;
  const tr = table.createTHead().insertRow();
  head.forEach((h, i) => {
    const th = document.createElement("th");
    th.textContent = h;
    if (numeric(i)) th.className = "sl-num";
    tr.append(th);
  });
  const body = table.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    r.forEach((cell, i) => {
      const td = row.insertCell();
      if (typeof cell === "string") td.textContent = cell;
      else td.append(cell);
      if (numeric(i) && typeof cell === "string") td.className = "sl-num";
    });
  }
  return box;
}
