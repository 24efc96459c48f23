import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("abtests_default");
