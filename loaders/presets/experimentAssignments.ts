/** A/B assignment export → experiments; visitor pseudonymised with the same key as the event log. */
import { headerScore } from "./headerScore.ts";
import type { MappedRow, Preset, PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["experiment_id", "visitor_id", "variant"];
const OPTIONAL = ["assigned_at"];

function mapAssignment(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  return [
    tableRow("experiments", {
      experiment_id: r.required("experiment_id"),
      visitor_id: ctx.pseudonymize(r.required("visitor_id")),
      variant: r.required("variant"),
      assigned_at: r.time("assigned_at")
    })
  ];
}

export const experimentAssignments: Preset = {
  id: "experiment-assignments",
  label: { en: "A/B experiment assignments", zh: "A/B 实验分组" },
  tables: ["experiments"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapAssignment
};
