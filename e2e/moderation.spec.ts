import { expect, test } from "@playwright/test";
import { grantAdmin, signUp } from "./fixtures";

test("a reported message is reviewed by an admin: it disappears and the reporter is told", async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [victim, troll, admin] = await Promise.all(contexts.map((c) => c.newPage()));
  const victimUser = await signUp(victim);
  const trollUser = await signUp(troll);
  const adminUser = await signUp(admin);

  // A stranger's abusive message request.
  await troll.goto(`/messages?to=${victimUser.handle}`);
  await troll.getByLabel("Message", { exact: true }).fill("You are talentless, quit music");
  await troll.getByRole("button", { name: "Send", exact: true }).click();
  await expect(troll.getByText("Sent as a message request")).toBeVisible();
  const conversation = troll.url().split("?")[0].replace(/^https?:\/\/[^/]+/, "");

  // The recipient reports that one message.
  await victim.goto(conversation);
  const message = victim.getByTestId("message").filter({ hasText: "You are talentless" });
  await message.getByRole("button", { name: /Report this message/ }).click();
  await victim.getByLabel("What is wrong with this message?").fill("Harassment");
  await victim.getByRole("button", { name: "Send report" }).click();
  await expect(victim.getByText("Our moderators will look at it")).toBeVisible();

  // Moderation is for moderators only.
  await admin.goto("/moderation");
  await expect(admin.getByRole("heading", { name: "Page not found" })).toBeVisible();
  grantAdmin(adminUser.email);
  await admin.goto("/moderation");
  const report = admin.getByTestId("report").filter({ hasText: "You are talentless, quit music" });
  await expect(report).toContainText(`@${victimUser.handle}`);
  await expect(report).toContainText("Harassment");
  await report.getByText("Remove the content").click();
  await report.getByLabel(/^Note/).fill("Harassment is not allowed");
  await report.getByRole("button", { name: "Decide" }).click();
  await expect(report.getByRole("status")).toContainText("Decided: Content removed");
  await admin.goto("/moderation/log");
  await expect(admin.getByTestId("moderation-log")).toContainText(`removed content by ${trollUser.name}`);

  // Gone for both sides; the reporter hears the outcome, the author why.
  await victim.goto(conversation);
  await expect(victim.getByText("You are talentless, quit music")).toHaveCount(0);
  await troll.goto(conversation);
  await expect(troll.getByText("You are talentless, quit music")).toHaveCount(0);
  await victim.goto("/notifications");
  await expect(victim.getByText("we removed what you reported")).toBeVisible();
  await troll.goto("/notifications");
  await expect(troll.getByText(/removed your message.*Harassment is not allowed/)).toBeVisible();
  await Promise.all(contexts.map((c) => c.close()));
});

test("a suspended account is signed out, cannot sign in, and its profile says so", async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [reporter, subject, admin] = await Promise.all(contexts.map((c) => c.newPage()));
  await signUp(reporter);
  const subjectUser = await signUp(subject);
  const adminUser = await signUp(admin);
  grantAdmin(adminUser.email);

  await reporter.goto(`/@${subjectUser.handle}`);
  await reporter.getByRole("button", { name: /More options for/ }).click();
  await reporter.getByRole("button", { name: /^Report / }).click();
  await reporter.getByLabel("What is wrong?").fill("Impersonating an artist");
  await reporter.getByRole("button", { name: "Send report" }).click();
  await expect(reporter.getByText("Our moderators will look at it")).toBeVisible();

  await admin.goto("/moderation");
  const report = admin.getByTestId("report").filter({ hasText: "Impersonating an artist" });
  await report.getByText("Suspend the account").click();
  await report.getByLabel("Days").fill("3");
  await report.getByRole("button", { name: "Decide" }).click();
  await expect(report.getByRole("status")).toContainText("Decided: Suspended");

  await subject.goto("/settings");
  await expect(subject).toHaveURL(/\/signin/);
  await subject.getByLabel("Email").fill(subjectUser.email);
  await subject.getByLabel("Password").fill(subjectUser.password);
  await subject.getByRole("button", { name: "Sign in" }).click();
  await expect(subject.getByText("This account is suspended.")).toBeVisible();
  await reporter.goto(`/@${subjectUser.handle}`);
  await expect(reporter.getByRole("note")).toHaveText("This account is suspended for breaking Chorus's rules.");
  await reporter.goto("/notifications");
  await expect(reporter.getByText("we suspended the account")).toBeVisible();
  await Promise.all(contexts.map((c) => c.close()));
});
