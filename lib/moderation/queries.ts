import "server-only";
import { db } from "@/db";
import { moderationLog, moderationQueue, openReportCount } from "./queue";

export const getModerationQueue = (resolved = false) => moderationQueue(db, { resolved });
export const getModerationLog = () => moderationLog(db);
export const getOpenReportCount = () => openReportCount(db);
