/**
 * Page settings mirrored in the address (?grain=week&from=2024-01-01), so a link reproduces what
 * the reader sees and the language switch keeps it. Values are written with replaceState, so the
 * back button is not flooded.
 */

/** Serialises an input value for the URL: dates as YYYY-MM-DD, everything else as text. */
export function serializeValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value == null ? "" : String(value);
}

/** The URL's value of `name`, or `fallback` when absent or not among `allowed`. */
export function urlParam(name: string, fallback: string, allowed?: readonly string[]): string {
  const value = new URLSearchParams(location.search).get(name);
  if (value === null || value === "") return fallback;
  return allowed && !allowed.includes(value) ? fallback : value;
}

/** Writes `values` into the URL's query string (empty values are removed). */
export function setUrlParams(values: Record<string, unknown>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    const text = serializeValue(value);
    if (text === "") url.searchParams.delete(name);
    else url.searchParams.set(name, text);
  }
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

/** Mirrors an Inputs element's value into the URL parameter `name` on every input event. */
export function bindToUrl<T extends HTMLElement & { value: unknown }>(input: T, name: string): T {
  const write = () => setUrlParams({ [name]: input.value });
  input.addEventListener("input", write);
  return input;
}

/** Like bindToUrl for an Inputs.form: each field of its value goes to its own URL parameter. */
export function bindFormToUrl<T extends HTMLElement & { value: Record<string, unknown> }>(form: T, names: Record<string, string>): T {
  const write = () => setUrlParams(Object.fromEntries(Object.entries(names).map(([field, name]) => [name, form.value[field]])));
  form.addEventListener("input", write);
  return form;
}

/**
 * `urlParam` for a page that may be a public build: there the page shows its build-time default
 * view, and a shared link's parameters must not relabel it, so every parameter is its fallback.
 */
export function urlParamFor(live: boolean): typeof urlParam {
  return (name, fallback, allowed) => (live ? urlParam(name, fallback, allowed) : fallback);
}
