import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("purchase_currencies");
