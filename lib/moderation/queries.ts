import "server-only";
import { db } from "@/db";
import { moderationLog, moderationQueue, openReportCount } from "./queue";

export const getModerationQueue = (resolved: boolean, moderatorUserId: string) => moderationQueue(db, { resolved, justDecidedBy: moderatorUserId });
export const getModerationLog = () => moderationLog(db);
export const getOpenReportCount = () => openReportCount(db);
