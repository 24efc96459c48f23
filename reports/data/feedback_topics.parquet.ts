import { emitTable } from "../../loaders/pipeline/emitTable.ts";
await emitTable("feedback_topics");
