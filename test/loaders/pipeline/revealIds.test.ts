import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { revealIds } from "../../../loaders/pipeline/revealIds.ts";
import { runPipeline } from "../../../loaders/pipeline/runPipeline.ts";

describe("revealIds", () => {
  const dir = mkdtempSync(join(tmpdir(), "reveal-"));
  const map = join(dir, "id-map.tsv");
  writeFileSync(map, "pseudonymous_id\toriginal_id\nc_0123456789abcdef\ttb_alice\n");

  it("turns pseudonymous ids back into the shop's own, keeping the other CSV columns", () => {
    expect(revealIds(["customer_id,segment", "c_0123456789abcdef,Champions", "c_ffffffffffffffff,Lost"], map)).toEqual([
      "customer_id,segment",
      "tb_alice,Champions",
      "c_ffffffffffffffff (unknown id),Lost"
    ]);
  });

  it("says how to get the mapping when it is missing", () => {
    expect(() => revealIds(["c_0123456789abcdef"], join(dir, "none.tsv"))).toThrow(/never published/);
  });

  it("round-trips the ids the pipeline wrote", async () => {
    const data = mkdtempSync(join(tmpdir(), "reveal-data-"));
    writeFileSync(join(data, "log.csv"), "1001,2,3,pv,1511600000\n1002,2,3,buy,1511600001\n");
    const priv = join(data, "..", "private-" + Date.now());
    await runPipeline({ dataDir: data, outDir: join(data, "..", "out-" + Date.now()), pseudonymKey: "k", privateDir: priv });
    const lines = (await import("node:fs")).readFileSync(join(priv, "id-map.tsv"), "utf8").trim().split("\n").slice(1);
    const ids = lines.map((l) => l.split("\t")[0]);
    expect(revealIds(ids, join(priv, "id-map.tsv")).sort()).toEqual(["1001", "1002"]);
  });
});
