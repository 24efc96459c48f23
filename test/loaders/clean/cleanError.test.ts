import { describe, expect, it } from "vitest";
import { CleanError } from "../../../loaders/clean/cleanError.ts";

describe("CleanError", () => {
  it("carries a code and a message and is an Error", () => {
    const e = new CleanError("bad_number", 'not a number: "x"');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message]).toEqual(["CleanError", "bad_number", 'not a number: "x"']);
  });
});
