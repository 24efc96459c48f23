import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("product_daily");
