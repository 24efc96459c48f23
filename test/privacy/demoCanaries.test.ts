/**
 * The demo shop plants personal data (phones, e-mails, names, ID numbers, street addresses) in
 * every export and every free-text field; none of it may reach the pipeline's output.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smallDemo } from "../helpers/demoOutput.ts";
import { findCanaries } from "../helpers/findCanaries.ts";
import type { FixtureRun } from "../helpers/runOnFiles.ts";

let run: FixtureRun;
let canaries: string[];

beforeAll(async () => {
  ({ run, canaries } = await smallDemo(600));
});
afterAll(() => run?.close());

describe("privacy of the demo shop's output", () => {
  it("plants enough canaries to mean something", () => {
    expect(canaries.length).toBeGreaterThan(500);
    expect(canaries.some((c) => /@/.test(c))).toBe(true);
    expect(canaries.some((c) => /^1\d{10}$/.test(c.replace(/\D/g, "")))).toBe(true);
  });

  it("finds a planted value when it is there (the search works)", async () => {
    const hits = await findCanaries(run.outDir, ["CNY", "completed"]);
    expect(hits.length).toBeGreaterThan(0);
  });

  it("writes none of them to any Parquet or JSON file", async () => {
    expect(await findCanaries(run.outDir, canaries)).toEqual([]);
  });

  it("publishes only pseudonymous customer keys", async () => {
    const bad = await run.db.query(
      `SELECT customer_id FROM orders WHERE customer_id IS NOT NULL AND NOT regexp_full_match(customer_id, 'c_[0-9a-f]{16}')
       UNION ALL SELECT visitor_id FROM events WHERE NOT regexp_full_match(visitor_id, 'c_[0-9a-f]{16}') LIMIT 5`
    );
    expect(bad).toEqual([]);
  });
});
