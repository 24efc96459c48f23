import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("funnels_default");
