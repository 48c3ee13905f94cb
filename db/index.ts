import "server-only";
import { openDatabase, type ChorusDb } from "./client";

export type { ChorusDb } from "./client";

// One client per process; the global survives Next's module reloading in dev.
const holder = globalThis as unknown as { __chorusDb?: ChorusDb };

export const db: ChorusDb = (holder.__chorusDb ??= openDatabase());
