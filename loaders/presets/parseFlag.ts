/** Yes/no cells as exports write them (是/否, 1/0, true/false, Y/N); empty → null, anything else throws. */
import { CleanError } from "../clean/cleanError.ts";

const TRUE = new Set(["是", "1", "true", "y", "yes", "t"]);
const FALSE = new Set(["否", "0", "false", "n", "no", "f"]);

export function parseFlag(s: string): boolean | null {
  const t = s.normalize("NFKC").trim().toLowerCase();
  if (t === "") return null;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new CleanError("bad_flag", `not a yes/no value: "${s}"`);
}
