/** An account's standing with moderators (client-safe: no data access). */
export type Standing = { suspendedUntil: Date | null; bannedAt: Date | null; erasedAt?: Date | null };

/** Banned, erased, or suspended until a moment still to come: it may not sign in or act. */
export function isSuspended(user: Standing, now = new Date()): boolean {
  return !!user.bannedAt || !!user.erasedAt || (!!user.suspendedUntil && user.suspendedUntil.getTime() > now.getTime());
}

/** What a page of a suspended or banned account says to visitors, or null. */
export function standingNotice(user: Standing, now = new Date()): string | null {
  if (user.bannedAt) return "This account was banned for breaking Chorus's rules.";
  if (user.suspendedUntil && user.suspendedUntil.getTime() > now.getTime()) return "This account is suspended for breaking Chorus's rules.";
  return null;
}
