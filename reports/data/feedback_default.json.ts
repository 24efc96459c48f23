import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("feedback_default");
