/**
 * Which engine this process runs on: PostgreSQL when DATABASE_URL is a
 * postgres:// URL, else SQLite at DATABASE_PATH (the default that needs
 * nothing installed). Decided once, at start.
 */
export type Engine = "sqlite" | "postgres";

export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//.test(url);

export const ENGINE: Engine = isPostgresUrl(process.env.DATABASE_URL) ? "postgres" : "sqlite";
