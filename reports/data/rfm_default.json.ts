import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("rfm_default");
