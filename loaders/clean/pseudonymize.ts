/**
 * Keyed pseudonyms for customer keys: the same buyer gets the same `c_…` id in every file (so
 * orders link to reviews and events), but without the key nobody can recompute the mapping from a
 * list of nicknames, which a plain hash would allow. pseudonymSql.ts computes the same value
 * inside DuckDB for logs read set-based.
 */
import { createHmac } from "node:crypto";

/** `"c_"` + the first 16 hex digits of HMAC-SHA256(key, id.trim()). */
export function pseudonymOf(key: string, id: string): string {
  return "c_" + createHmac("sha256", key).update(id.trim(), "utf8").digest("hex").slice(0, 16);
}

/**
 * A memoising pseudonymiser. `onNew(pseudonym, id)` is called the first time each (trimmed) id is
 * seen, with the id as given, for the private id map.
 */
export function createPseudonymizer(key: string, onNew?: (pseudonym: string, id: string) => void): (id: string) => string {
  if (key === "") throw new Error("pseudonymisation key is empty");
  // Customer keys repeat on every order and event row: memoising saves most HMAC calls.
  const memo = new Map<string, string>();
  return (id: string): string => {
    const trimmed = id.trim();
    let out = memo.get(trimmed);
    if (out === undefined) {
      out = pseudonymOf(key, trimmed);
      memo.set(trimmed, out);
      onNew?.(out, id);
    }
    return out;
  };
}
