/** The rules federation applies to what it receives and to its own settings (no servers needed). */
import { describe, expect, it } from "vitest";
import { english } from "@/lib/test/english";
import { federationConfigFrom, hostMatches, isPublicHttpsOrigin, parseDomainList } from "./config";
import { deliverableInbox } from "./remote-store";
import { plainText, safeUrl, sanitizeRemoteHtml } from "./sanitize";

describe("when federation is on", () => {
  it("needs a public https origin, or the local test mode on a private one", () => {
    expect(federationConfigFrom({}, "https://chorus.example").enabled).toBe(true);
    expect(federationConfigFrom({}, "http://localhost:3000")).toMatchObject({ enabled: false, reason: expect.stringContaining("not a public https origin") });
    expect(federationConfigFrom({ FEDERATION_LOCAL: "1" }, "http://localhost:3100")).toMatchObject({ enabled: true, local: true, host: "localhost:3100" });
    expect(federationConfigFrom({ FEDERATION: "off" }, "https://chorus.example").enabled).toBe(false);
    // The test mode cannot switch off the address checks of a public install.
    expect(federationConfigFrom({ FEDERATION_LOCAL: "1" }, "https://chorus.example").local).toBe(false);
    expect(isPublicHttpsOrigin("https://10.0.0.5")).toBe(false);
    expect(isPublicHttpsOrigin("https://chorus.local")).toBe(false);
  });

  it("reads blocked domains and matches subdomains, not look-alikes", () => {
    expect(parseDomainList(" spam.example, *.bad.test ,,nope/x")).toEqual(["spam.example", "bad.test"]);
    expect(hostMatches("spam.example", "spam.example")).toBe(true);
    expect(hostMatches("a.spam.example:443", "spam.example")).toBe(true);
    expect(hostMatches("notspam.example", "spam.example")).toBe(false);
    expect(hostMatches("localhost:3110", "localhost:3100")).toBe(false);
  });
});

describe("what comes in", () => {
  it("keeps an allow-list of HTML, and a cut never leaves a tag or attribute open", () => {
    const html = sanitizeRemoteHtml('<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">x</a> <a href="https://ok.example/a">ok</a><img src=x onerror=alert(1)><style>*{}</style></p>');
    expect(html).toBe('<p>Hi <a rel="nofollow noopener noreferrer ugc" target="_blank">x</a> <a href="https://ok.example/a" rel="nofollow noopener noreferrer ugc" target="_blank">ok</a></p>');
    const cut = sanitizeRemoteHtml(`<p>${"a".repeat(30)}<a href="https://evil.example/${"b".repeat(40)}">link</a></p>`, 50);
    expect(cut).not.toMatch(/<a href="[^"]*$/);
    expect(cut.split('"').length % 2).toBe(1);
    expect(plainText("<b>Nova</b> &amp; <i>Lane</i>\n\n")).toBe("Nova & Lane");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://x.example/p")).toBe("https://x.example/p");
  });

  it("delivers only to an inbox on the actor's own host, never to a private address or to this server", async () => {
    // A public address literal: this machine resolves no names (a name that does not resolve is refused too).
    const actor = new URL("https://93.184.216.34/users/kim");
    const config = { local: false, host: "chorus.example" };
    expect(await deliverableInbox(new URL("https://93.184.216.34/inbox"), actor, config)).toBe("https://93.184.216.34/inbox");
    expect(await deliverableInbox(new URL("https://social.example/inbox"), new URL("https://social.example/users/kim"), config)).toBeNull();
    expect(await deliverableInbox(new URL("https://victim.example/inbox"), actor, config)).toBeNull();
    expect(await deliverableInbox(new URL("https://chorus.example/ap/inbox"), new URL("https://chorus.example/x"), config)).toBeNull();
    expect(await deliverableInbox(new URL("http://127.0.0.1:2375/x"), new URL("http://127.0.0.1:2375/users/a"), config)).toBeNull();
    // The local two-server tests run on private addresses.
    expect(await deliverableInbox(new URL("http://127.0.0.1:3110/ap/inbox"), new URL("http://127.0.0.1:3110/ap/actors/a"), { local: true, host: "localhost:3100" })).toBe("http://127.0.0.1:3110/ap/inbox");
  });
});

describe("blocks", () => {
  it("take a domain or an account's address, and say what is wrong otherwise", async () => {
    const { parseBlockTarget } = await import("./blocks");
    expect(parseBlockTarget(" *.Spam.Example ")).toEqual({ ok: true, target: "spam.example" });
    expect(parseBlockTarget("https://spam.example/users/x")).toEqual({ ok: true, target: "https://spam.example/users/x" });
    expect(parseBlockTarget("https://spam.example/")).toEqual({ ok: true, target: "spam.example" });
    const wrong = parseBlockTarget("not a domain");
    expect(wrong.ok).toBe(false);
    expect(english(wrong.ok ? null : wrong.message)).toContain("spam.example");
    const bad = parseBlockTarget("https://[bad");
    expect(english(bad.ok ? null : bad.message)).toBe("That address is not valid.");
  });
});
