/** The page's settings as plain text, shown only when printing (controls are hidden in print). */
export function paramSummary(entries: readonly (readonly [label: string, value: string])[]): HTMLElement {
  const p = document.createElement("p");
  p.className = "sl-print-only sl-muted";
  p.textContent = entries.map(([label, value]) => `${label}: ${value}`).join(" · ");
  return p;
}
