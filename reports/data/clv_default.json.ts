import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("clv_default");
