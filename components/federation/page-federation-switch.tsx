"use client";

import { SettingSwitch } from "@/components/ui/setting-switch";
import { pageFederationAction } from "@/lib/federation/actions";

/** Studio › Page settings: whether people on Mastodon and other servers can follow this page. */
export function PageFederationSwitch({ profileId, initial, handle }: { profileId: string; initial: boolean; handle: string | null }) {
  return (
    <SettingSwitch
      id="page-federate"
      title="Share this page with other servers"
      initial={initial}
      save={(next) => pageFederationAction({ profileId, federate: next })}
      on={`People on Mastodon and other Chorus servers can follow this page${handle ? ` as ${handle}` : ""} and get its releases, shows, videos, merch and announcements.`}
      off="This page exists on this server only: nothing of it is sent elsewhere, and its followers on other servers were removed."
    />
  );
}
