import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Drizzle's SQLite-only executors: lib/ awaits queries instead, so one data layer serves both engines. */
const syncDrizzle = {
  selector: "CallExpression[arguments.length=0][callee.type='MemberExpression'][callee.property.name=/^(get|all|run)$/]",
  message: "Await the query instead (`await db.select()…`, `(await q)[0]`): .get()/.all()/.run() exist only on SQLite. Engine-specific code lives in db/.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/widgets.js"] },
  {
    // Every query is a promise now: one left unawaited is a bug (a write that may not happen, a Promise used as a value).
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // bench/ loads data in bulk with engine-specific code, like db/.
    files: ["lib/**/*.ts", "app/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", syncDrizzle] },
  },
];
export default config;
