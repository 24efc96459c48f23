import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("overview_default");
