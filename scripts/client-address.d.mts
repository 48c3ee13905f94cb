export function trustedHops(raw: string | undefined | null): number;
export function clientAddress(input: { forwardedFor: string | null | undefined; peer: string | null | undefined; hops: number }): string | null;
export function normalizeAddress(value: string | null | undefined): string | null;
export function forwardedHttps(value: string | string[] | null | undefined): boolean;
