import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("personas_default");
