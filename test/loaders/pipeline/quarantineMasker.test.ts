/**
 * The quarantine masker remembers only the personal values and ids that occur in the texts; its
 * output must be exactly that of a masker that remembers all of them (the pipeline's former
 * way), while never compiling the millions it was not given.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { createMasker } from "../../../loaders/clean/maskPii.ts";
import { createOccurringMasker } from "../../../loaders/clean/occurringMasker.ts";
import { IdMap } from "../../../loaders/pipeline/idMap.ts";
import { MIN_ID_LENGTH, quarantineMasker } from "../../../loaders/pipeline/quarantineMasker.ts";

let env: Awaited<ReturnType<typeof memoryDb>>;
beforeEach(async () => {
  env = await memoryDb();
});
afterEach(() => env.close());

function personalOf(values: string[]) {
  const p = createOccurringMasker();
  for (const v of values) p.remember(v);
  return p;
}

describe("quarantineMasker", () => {
  it("masks exactly as a masker remembering every value and id does", async () => {
    const personal = ["李晓梅", "晓梅", "tb_晓梅2019", "雷鸣", "leiming_88", "13912345678", " 张伟 ", "x"];
    const ids = ["V36avcr2w6", "tb_晓梅2019", " 1001 ", "abc", "visitor_9", "😀user1", "ｔｂ１２３４"];
    const texts = [
      "2024-01-01,V36avcr2w6,tb_晓梅2019,李晓梅 13912345678,abc,visitor_9x",
      "请联系晓梅或雷鸣 leiming_88@example.com，订单号 1001 1001x 😀user1 😀user",
      "tb1234,张伟,visitor_,V36avcr2w,x",
      "ｔｂ１２３４ and tb1234"
    ];
    const all = createMasker();
    for (const v of personal) all.remember(v);
    for (const id of ids) if (id.trim().length >= MIN_ID_LENGTH) all.remember(id.trim());

    const idMap = await IdMap.create(env.conn);
    ids.forEach((id, i) => idMap.add(`c_${i}`, id));
    const m = await quarantineMasker(texts, personalOf(personal), idMap);
    for (const t of texts) expect(m.mask(t)).toBe(all.mask(t));
    // The point of the exercise: the masks really differ from the input.
    expect(texts.map((t) => m.mask(t))).not.toEqual(texts);
    expect(m.mask(texts[0])).not.toContain("V36avcr2w6");
    idMap.close();
  });

  it("needs no values when there is nothing to mask", async () => {
    const idMap = await IdMap.create(env.conn);
    const m = await quarantineMasker([], personalOf(["李晓梅"]), idMap);
    expect(m.mask("李晓梅")).toBe("李晓梅");
    idMap.close();
  });
});

describe("IdMap", () => {
  it("writes each pseudonym once with the id first seen for it, in first-seen order, whichever path added it", async () => {
    const idMap = await IdMap.create(env.conn);
    idMap.add("c_b", " bob ");
    await env.conn.run(`CREATE TABLE pairs AS SELECT * FROM (VALUES ('c_a', 'alice', 3), ('c_b', 'bob', 1), ('c_c', 'carol', 0)) t(pseudonym, original, ord)`);
    await idMap.addFromSql(`SELECT * FROM pairs`, 4);
    idMap.add("c_a", "alice2");
    idMap.add("c_d", "dan");
    const { mkdtempSync, readFileSync, statSync } = await import("node:fs");
    const dir = mkdtempSync((await import("node:os")).tmpdir() + "/idmap-");
    await idMap.write(dir);
    expect(readFileSync(`${dir}/id-map.tsv`, "utf8")).toBe("pseudonymous_id\toriginal_id\nc_b\t bob \nc_c\tcarol\nc_a\talice\nc_d\tdan\n");
    expect(statSync(`${dir}/id-map.tsv`).mode & 0o777).toBe(0o600);
    // A map left readable by an earlier build is made owner-only when written over.
    const { chmodSync } = await import("node:fs");
    chmodSync(`${dir}/id-map.tsv`, 0o644);
    await idMap.write(dir);
    expect(statSync(`${dir}/id-map.tsv`).mode & 0o777).toBe(0o600);
    idMap.close();
  });
});
