import { emitJson } from "../../loaders/pipeline/emitTable.ts";
await emitJson("traffic_default");
