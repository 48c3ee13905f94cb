export type TestPostgres = { url: string; port: number; bin: string; stop: () => void; createDatabase: (name: string) => void };
export function postgresBin(): string | null;
export function startPostgres(options?: { database?: string }): Promise<TestPostgres>;
