export function parsePublicUrl(raw: string | undefined | null, port?: string | number | undefined | null): string;
