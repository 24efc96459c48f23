/**
 * Keyed pseudonyms for customer keys: the same buyer gets the same `c_…` id in every file (so
 * orders link to reviews and events), but without the key nobody can recompute the mapping from a
 * list of nicknames, which a plain hash would allow.
 */
import { createHmac } from "node:crypto";

export function createPseudonymizer(key: string): (id: string) => string {
  if (key === "") throw new Error("pseudonymisation key is empty");
  // Customer keys repeat on every order and event row: memoising saves most HMAC calls.
  const memo = new Map<string, string>();
  return (id: string): string => {
    const trimmed = id.trim();
    let out = memo.get(trimmed);
    if (out === undefined) {
      out = "c_" + createHmac("sha256", key).update(trimmed, "utf8").digest("hex").slice(0, 16);
      memo.set(trimmed, out);
    }
    return out;
  };
}
