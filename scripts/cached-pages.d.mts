export const CACHED_PAGE_SECONDS: number;
export function cachedRoute(request: { method: string; pathname: string; search?: string; cookie?: string | null; acceptLanguage?: string | null }): string | null;
