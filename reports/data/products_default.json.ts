import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("products_default");
