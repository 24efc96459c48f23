/**
 * k-means against scikit-learn's KMeans (Debian's python3-sklearn, run by
 * test/real/reference/sklearnKmeans.py, n_init 10) on the demo shop's standardised persona
 * features: our within-cluster sum of squares, with the seed and restarts the personas use, must
 * be no worse than 1 % above scikit-learn's for each k. The
 * matrix is the one the page clusters (personaCustomers → buildFeatureMatrix), written to a temp
 * CSV so both implementations read the same numbers. CI installs python3-sklearn; there the check
 * is required, elsewhere it is skipped with a notice when scikit-learn is missing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smallDemo } from "../../helpers/demoOutput.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";
import { personaCustomers } from "../../../src/analyses/personas/personaCustomers.ts";
import { promotionWindowsParam } from "../../../src/analyses/personas/promotionWindowsParam.ts";
import { buildFeatureMatrix, type FeatureMatrix } from "../../../src/personas/clusterFeatures.ts";
import { kmeans } from "../../../src/cluster/index.ts";
import { PERSONA_RESTARTS, PERSONA_SEED } from "../../../src/personas/personaModel.ts";

const PYTHON = "/usr/bin/python3";
const SCRIPT = join(import.meta.dirname, "../reference/sklearnKmeans.py");
const haveSklearn = spawnSync(PYTHON, ["-c", "import sklearn"]).status === 0;
if (!haveSklearn && process.env.CI) throw new Error("CI needs Debian's python3-sklearn for the k-means reference check");

describe.skipIf(!haveSklearn)("k-means on the demo shop's persona features vs scikit-learn", () => {
  let run: FixtureRun;
  let fm: FeatureMatrix;
  let dir: string;
  let csv: string;
  beforeAll(async () => {
    ({ run } = await smallDemo(3000));
    const rows = await personaCustomers.run(run.db, { asOf: "2025-12-31", currency: "CNY", promotions: promotionWindowsParam("2024-01-01", "2025-12-31") });
    fm = buildFeatureMatrix(rows);
    dir = mkdtempSync(join(tmpdir(), "shoplens-kmeans-"));
    csv = join(dir, "matrix.csv");
    const { rows: n, cols, data } = fm.matrix;
    const lines: string[] = [];
    // 17 significant digits: the CSV round-trips every double exactly.
    for (let i = 0; i < n; i++) lines.push(Array.from(data.subarray(i * cols, (i + 1) * cols), (x) => x.toPrecision(17)).join(","));
    writeFileSync(csv, lines.join("\n") + "\n");
  }, 300_000);
  afterAll(() => {
    run?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const k of [3, 4, 6, 8]) {
    it(`k = ${k}: our inertia is at most 1 % above scikit-learn's`, () => {
      expect(fm.matrix.rows).toBeGreaterThan(1000);
      const out = spawnSync(PYTHON, [SCRIPT, csv, String(k)], { encoding: "utf8" });
      expect(out.status, out.stderr).toBe(0);
      const reference = JSON.parse(out.stdout) as { inertia: number };
      const ours = kmeans(fm.matrix, { k, seed: PERSONA_SEED, restarts: PERSONA_RESTARTS });
      expect(ours.inertia).toBeLessThanOrEqual(reference.inertia * 1.01);
      // And not implausibly lower either: that would mean the two read different matrices.
      expect(ours.inertia).toBeGreaterThan(reference.inertia * 0.9);
    });
  }
});
