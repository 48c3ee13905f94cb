export type Finding = { line: number; text: string };
export function isProse(text: string): boolean;
export function scanSource(fileName: string, text: string): Finding[];
export function scan(targets?: string[]): Record<string, Finding[]>;
