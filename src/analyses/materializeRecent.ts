/**
 * Like materializeOnce, for bases whose key space is open-ended (a funnel's steps, mode and date
 * range): each key gets a small integer id that tags its rows, builds run one at a time per
 * database and slot, and only the `keep` most recently used keys stay, so tweaking parameters in
 * the page does not pile up copies of a large table.
 */
import type { Db } from "../query.js";

interface Slot {
  ids: Map<string, { id: number; ready: Promise<void> }>;
  next: number;
  queue: Promise<unknown>;
}

const slots = new WeakMap<Db, Map<string, Slot>>();

export async function materializeRecent(
  db: Db,
  slotName: string,
  key: string,
  build: (id: number) => Promise<void>,
  drop: (id: number) => Promise<void>,
  keep = 3
): Promise<number> {
  let bySlot = slots.get(db);
  if (!bySlot) slots.set(db, (bySlot = new Map()));
  let slot = bySlot.get(slotName);
  if (!slot) bySlot.set(slotName, (slot = { ids: new Map(), next: 1, queue: Promise.resolve() }));
  const s = slot;
  const hit = s.ids.get(key);
  if (hit) {
    // Most recently used last, so eviction takes the oldest.
    s.ids.delete(key);
    s.ids.set(key, hit);
    await hit.ready;
    return hit.id;
  }
  const id = s.next++;
  const ready = s.queue.then(async () => {
    while (s.ids.size > keep) {
      const [oldKey, old] = s.ids.entries().next().value!;
      s.ids.delete(oldKey);
      await drop(old.id);
    }
    await build(id);
  });
  s.queue = ready.catch(() => undefined);
  s.ids.set(key, { id, ready });
  ready.catch(() => s.ids.delete(key));
  await ready;
  return id;
}
