import type { ServerResponse } from "node:http";
export function addNonce(html: string, nonce: string): string;
export const CACHED_PAGE_CACHE_CONTROL: string;
export function holdCachedPage(res: ServerResponse, options?: { gzip?: boolean; lang?: string }): void;
export function withLang(html: string, lang: string): string;
