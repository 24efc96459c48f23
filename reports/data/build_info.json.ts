import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("build_info");
