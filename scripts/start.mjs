// npm start: migrate, seed on first run, build, serve, print the demo sign-in.
import { spawn, spawnSync } from "node:child_process";
import { baseEnv } from "./env.mjs";

const env = baseEnv();
const port = env.PORT ?? "3000";

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`Chorus: database ${env.DATABASE_PATH}`);
run("npx", ["tsx", "scripts/seed.ts"]);
if (env.SKIP_BUILD !== "1") run("npx", ["next", "build"]);

const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: ["inherit", "pipe", "inherit"], env: { ...env, PORT: port } });
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started|Local:/i.test(String(chunk))) {
    announced = true;
    console.log(`
  Chorus is running at http://localhost:${port}

  Demo sign-in (password for both: chorus-demo)
    listener:  demo@chorus.test
    artist:    artist@chorus.test   (manages @novalane)
`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
