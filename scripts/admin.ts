// Site roles from the command line: `npm run admin -- grant EMAIL` makes an account an
// admin (the first one has to be made this way: no account is an admin by default);
// `moderator EMAIL` makes a moderator, `revoke EMAIL` a member again.
import { openDatabase } from "../db/client";
import { setSiteRole } from "../lib/moderation/moderate";

const ROLES = { grant: "admin", moderator: "moderator", revoke: "member" } as const;

async function main() {
  const [verb, email] = process.argv.slice(2);
  const role = ROLES[verb as keyof typeof ROLES];
  if (!role || !email) {
    console.error("Usage: npm run admin -- grant EMAIL | moderator EMAIL | revoke EMAIL");
    process.exit(2);
  }
  const done = await setSiteRole(openDatabase(), email, role);
  if (!done) {
    console.error(`No account uses ${email}.`);
    process.exit(1);
  }
  console.log(`${email} is now ${role === "member" ? "a member" : `a${role === "admin" ? "n" : ""} ${role}`}.`);
  process.exit(0);
}

void main();
