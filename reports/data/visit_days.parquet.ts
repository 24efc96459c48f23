import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("visit_days");
