import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("search_default");
