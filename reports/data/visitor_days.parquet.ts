import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("visitor_days");
