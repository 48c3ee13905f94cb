import { defineConfig } from "drizzle-kit";

/** PostgreSQL migrations: `npx drizzle-kit generate --config db/drizzle.pg.config.ts` (SQLite's config is drizzle.config.ts). */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/pg/index.ts",
  out: "./db/migrations-pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/chorus" },
  strict: true,
});
