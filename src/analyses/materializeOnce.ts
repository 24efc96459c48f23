/**
 * Runs `build` at most once per database handle and key, sharing the work between concurrent
 * callers; a failed build is forgotten so the next call can try again. Analyses use it to
 * materialise a per-date base table (RFM, lifecycle) that many views then read.
 */
import type { Db } from "../query.js";

const built = new WeakMap<Db, Map<string, Promise<void>>>();

export function materializeOnce(db: Db, key: string, build: () => Promise<void>): Promise<void> {
  let done = built.get(db);
  if (!done) built.set(db, (done = new Map()));
  let promise = done.get(key);
  if (!promise) {
    promise = build();
    promise.catch(() => done!.delete(key));
    done.set(key, promise);
  }
  return promise;
}
