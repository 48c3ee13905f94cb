import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";

let t: Awaited<ReturnType<typeof tempDatabase>>;
beforeEach(async () => {
  t = await tempDatabase();
});
afterEach(() => t.close());

describe.runIf(process.env.TEST_ENGINE !== "postgres")("SQLite statement cache", () => {
  it("prepares a query once, and one use's raw mode never leaks into another's", async () => {
    await t.db.insert(users).values({ email: "a@x.test", name: "A" });
    const client = t.db.$client as Database.Database;
    const first = client.prepare("SELECT email, name FROM users");
    const second = client.prepare("SELECT email, name FROM users");
    expect(first.raw().all()).toEqual([["a@x.test", "A"]]);
    expect(second.all()).toEqual([{ email: "a@x.test", name: "A" }]);
    expect(first.all()).toEqual([["a@x.test", "A"]]);
    // Writes through the same cache still run, and drizzle's raw and object reads agree.
    await t.db.insert(users).values({ email: "b@x.test", name: "B" });
    expect((await t.db.select({ email: users.email }).from(users)).map((r) => r.email).sort()).toEqual(["a@x.test", "b@x.test"]);
    expect(await t.db.all(sql`select count(*) as n from users`)).toEqual([{ n: 2 }]);
  });
});
