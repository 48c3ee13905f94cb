export type TestPostgres = { url: string; port: number; bin: string; stop: () => void; createDatabase: (name: string) => void };
export function postgresBin(): string | null;
/** `options`: extra server settings ("-c name=value …"). */
export function startPostgres(options?: { database?: string; options?: string }): Promise<TestPostgres>;
export function freePort(): Promise<number>;
