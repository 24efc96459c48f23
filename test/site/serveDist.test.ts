import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveFile, serveDist, type Served } from "./serveDist.ts";

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", fail)
      .end();
  });
}

describe("serveDist", () => {
  let dir: string;
  let served: Served;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "shoplens-dist-"));
    mkdirSync(join(dir, "zh"));
    writeFileSync(join(dir, "index.html"), "<p>root</p>");
    writeFileSync(join(dir, "zh", "index.html"), "<p>zh home</p>");
    writeFileSync(join(dir, "zh", "overview.html"), "<p>概览</p>");
    writeFileSync(join(dir, "engine.wasm"), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(dir, "404.html"), "<p>missing</p>");
    served = await serveDist(dir, { gzip: true });
  });

  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves clean URLs like Framework's", async () => {
    expect((await get(`${served.url}zh/overview?sql=1`)).body.toString()).toBe("<p>概览</p>");
    expect((await get(`${served.url}zh/`)).body.toString()).toBe("<p>zh home</p>");
    expect((await get(served.url)).body.toString()).toBe("<p>root</p>");
  });

  it("sends wasm as application/wasm and gzips when asked", async () => {
    const wasm = await get(`${served.url}engine.wasm`, { "accept-encoding": "gzip" });
    expect(wasm.headers["content-type"]).toBe("application/wasm");
    expect(wasm.headers["content-encoding"]).toBe("gzip");
    expect([...gunzipSync(wasm.body)]).toEqual([0, 97, 115, 109]);
  });

  it("answers 404 with the site's 404 page and never leaves the root", async () => {
    const missing = await get(`${served.url}nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe("<p>missing</p>");
    expect(resolveFile(dir, "/../../etc/passwd")).toBeNull();
    expect(resolveFile(dir, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
  });
});
