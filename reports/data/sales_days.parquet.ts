import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("sales_days");
