import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, trustedHops } from "@/scripts/client-address.mjs";
import { clientIp } from "./client-ip";

const headers = (h: Record<string, string>) => new Headers(h);

describe("client address (attack 3: the client chooses its own IP)", () => {
  afterEach(() => {
    delete process.env.CHORUS_CLIENT_IP_HEADER;
  });

  it("ignores X-Forwarded-For when no proxy is trusted: the TCP peer is the client", () => {
    expect(clientAddress({ forwardedFor: "6.6.6.6", peer: "::ffff:203.0.113.9", hops: 0 })).toBe("203.0.113.9");
    expect(clientAddress({ forwardedFor: undefined, peer: "127.0.0.1", hops: 0 })).toBe("127.0.0.1");
  });

  it("with one trusted proxy takes the address that proxy saw, not what the client prepended", () => {
    // client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real 198.51.100.7.
    expect(clientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7", peer: "10.0.0.2", hops: 1 })).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.3", peer: "10.0.0.2", hops: 2 })).toBe("198.51.100.7");
    // fewer entries than hops: the leftmost is all we have
    expect(clientAddress({ forwardedFor: "", peer: "10.0.0.2", hops: 3 })).toBe("10.0.0.2");
  });

  it("parses TRUST_PROXY strictly", () => {
    expect(trustedHops(undefined)).toBe(0);
    expect(trustedHops("2")).toBe(2);
    expect(trustedHops("true")).toBe(1);
    expect(() => trustedHops("all")).toThrow(/TRUST_PROXY/);
  });

  it("trusts only the header our own server sets, never X-Forwarded-For", () => {
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
    process.env.CHORUS_CLIENT_IP_HEADER = "x-chorus-client-ip";
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6", "x-chorus-client-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(headers({ "x-chorus-client-ip": "not an address" }))).toBeNull();
  });
});
