/**
 * npm run bench:kmeans [-- --dist dist] [--as-of 2026-01-01]
 *
 * The personas' k-means against scikit-learn's KMeans (Debian's python3-sklearn, n_init 10, via
 * test/real/reference/sklearnKmeans.py) on the built demo shop's standardised persona matrix —
 * the full demo, which test:real checks only at 3,000 customers to keep CI short. Reads the
 * Parquet of a built site (run `npm run build` first); writes only bench/out/kmeans-matrix.csv.
 * Prints, per k, both inertias and ours relative to scikit-learn's (negative: ours is lower).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { nodeDb } from "../loaders/nodeDb.ts";
import { personaCustomers } from "../src/analyses/personas/personaCustomers.ts";
import { promotionWindowsParam } from "../src/analyses/personas/promotionWindowsParam.ts";
import { buildFeatureMatrix } from "../src/personas/clusterFeatures.ts";
import { kmeans } from "../src/cluster/index.ts";
import { PERSONA_RESTARTS, PERSONA_SEED } from "../src/personas/personaModel.ts";
import { arg } from "./benchPage.ts";

const dir = join(arg("dist", "dist"), "_file/data");
const instance = await DuckDBInstance.create(":memory:");
const conn = await instance.connect();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".parquet"))) {
  await conn.run(`CREATE TABLE "${f.split(".")[0]}" AS SELECT * FROM '${join(dir, f)}'`);
}
const db = nodeDb(conn);
const [span] = await db.query<{ a: string; b: string }>("SELECT strftime(min(paid_at), '%Y-%m-%d') AS a, strftime(max(paid_at), '%Y-%m-%d') AS b FROM orders");
const asOf = arg("as-of", span!.b);
const rows = await personaCustomers.run(db, { asOf, currency: "CNY", promotions: promotionWindowsParam(span!.a, asOf) });
const { matrix } = buildFeatureMatrix(rows);
mkdirSync("bench/out", { recursive: true });
const csv = "bench/out/kmeans-matrix.csv";
const lines: string[] = [];
// 17 significant digits: the CSV round-trips every double exactly.
for (let i = 0; i < matrix.rows; i++) lines.push(Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols), (x) => x.toPrecision(17)).join(","));
writeFileSync(csv, lines.join("\n") + "\n");
console.log(`customers ${matrix.rows}, as of ${asOf}, seed ${PERSONA_SEED}, ${PERSONA_RESTARTS} restarts`);
console.log("| k | ours | scikit-learn | ours vs scikit-learn |");
console.log("|---|---|---|---|");
for (let k = 2; k <= 8; k++) {
  const out = spawnSync("/usr/bin/python3", ["test/real/reference/sklearnKmeans.py", csv, String(k)], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(out.stderr);
  const ref = JSON.parse(out.stdout) as { inertia: number };
  const ours = kmeans(matrix, { k, seed: PERSONA_SEED, restarts: PERSONA_RESTARTS });
  console.log(`| ${k} | ${ours.inertia.toFixed(1)} | ${ref.inertia.toFixed(1)} | ${((ours.inertia / ref.inertia - 1) * 100).toFixed(3)} % |`);
}
