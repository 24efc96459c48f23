import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("people_days");
