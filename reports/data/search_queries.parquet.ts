import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("search_queries");
