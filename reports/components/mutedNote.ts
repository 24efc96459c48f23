/** A short, quiet line of text (e.g. "no chart fits this result"); text only, never HTML. */
export function mutedNote(text: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "sl-muted";
  p.textContent = text;
  return p;
}
