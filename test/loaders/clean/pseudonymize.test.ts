import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { createPseudonymizer } from "../../../loaders/clean/pseudonymize.ts";

describe("createPseudonymizer", () => {
  it("returns c_ plus the first 16 hex chars of HMAC-SHA256 of the trimmed id", () => {
    const p = createPseudonymizer("secret");
    const expected = "c_" + createHmac("sha256", "secret").update("tb_buyer1").digest("hex").slice(0, 16);
    expect(p(" tb_buyer1 ")).toBe(expected);
    expect(p("tb_buyer1")).toMatch(/^c_[0-9a-f]{16}$/);
  });

  it("is stable per key and differs between keys and ids", () => {
    const a = createPseudonymizer("k1");
    const b = createPseudonymizer("k2");
    expect(a("x")).toBe(createPseudonymizer("k1")("x"));
    expect(a("x")).not.toBe(b("x"));
    expect(a("x")).not.toBe(a("y"));
  });

  it("rejects an empty key", () => {
    expect(() => createPseudonymizer("")).toThrow("pseudonymisation key is empty");
  });
});
