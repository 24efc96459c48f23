/**
 * Customers per (persona, value) — the persona × RFM-segment table and the persona × behaviour-
 * group table. `values` gives each customer's value(s): one string, or several for the
 * overlapping behaviour groups ("none" when a customer has no value), aligned with `labels`.
 */
export interface CrossCell {
  cluster: number;
  value: string;
  customers: number;
}

export function crossTab(labels: ArrayLike<number>, values: readonly (string | readonly string[])[]): CrossCell[] {
  if (labels.length !== values.length) throw new Error(`crossTab: ${labels.length} labels but ${values.length} values`);
  const counts = new Map<string, CrossCell>();
  for (let i = 0; i < labels.length; i++) {
    const v = values[i]!;
    const list = typeof v === "string" ? [v] : v.length ? v : ["none"];
    for (const value of list) {
      const key = `${labels[i]}\u0000${value}`;
      const cell = counts.get(key);
      if (cell) cell.customers++;
      else counts.set(key, { cluster: labels[i]!, value, customers: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => a.cluster - b.cluster || b.customers - a.customers || (a.value < b.value ? -1 : 1));
}
