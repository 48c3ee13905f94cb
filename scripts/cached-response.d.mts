import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
export function addNonce(html: string, nonce: string): string;
export const CACHED_PAGE_CACHE_CONTROL: string;
export type CachedAnswer = { status: number; headers: OutgoingHttpHeaders; body: Buffer; fresh: boolean };
export function holdCachedPage(res: ServerResponse, options?: { gzip?: boolean; lang?: string; keep?: (answer: CachedAnswer) => void }): void;
export function withLang(html: string, lang: string): string;
export type PageHold = {
  lookup(key: string): { status: number; headers: OutgoingHttpHeaders; body: Buffer } | null;
  keeper(key: string): { keep: ((answer: CachedAnswer) => void) | undefined; done: () => void };
  changed(options?: { now?: boolean }): void;
  readonly size: number;
};
export function createPageHold(options?: { holdMs?: number; settleMs?: number; maxStaleMs?: number; refreshMs?: number; maxBytes?: number; clock?: () => number }): PageHold;
