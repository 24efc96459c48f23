import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("lifecycle_default");
