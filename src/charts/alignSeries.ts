/**
 * Pairs a period series with its comparison series by position: the i-th period of the current
 * range against the i-th period of the comparison range (previous period, same dates last year,
 * same promotion last year). Rows of other currencies are left out; a missing comparison period
 * gives `compare: null`.
 */
export interface AlignedRow {
  period: Date | string;
  value: number | null;
  compare: number | null;
  comparePeriod: Date | string | null;
}

export function alignSeries<R extends Record<string, unknown>>(
  current: readonly R[],
  comparison: readonly R[] | null,
  { y, currency, x = "period" }: { y: string; currency?: string; x?: string }
): AlignedRow[] {
  const keep = (rows: readonly R[]) =>
    rows
      .filter((r) => currency === undefined || r.currency === currency)
      .sort((a, b) => +new Date(a[x] as string) - +new Date(b[x] as string));
  const now = keep(current);
  const then = comparison ? keep(comparison) : [];
  return now.map((r, i) => ({
    period: r[x] as Date | string,
    value: (r[y] as number | null) ?? null,
    compare: (then[i]?.[y] as number | null | undefined) ?? null,
    comparePeriod: (then[i]?.[x] as Date | string | undefined) ?? null
  }));
}
