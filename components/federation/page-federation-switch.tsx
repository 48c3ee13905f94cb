"use client";

import { useTranslations } from "next-intl";
import { SettingSwitch } from "@/components/ui/setting-switch";
import { pageFederationAction } from "@/lib/federation/actions";

/** Studio › Page settings: whether people on Mastodon and other servers can follow this page. */
export function PageFederationSwitch({ profileId, initial, handle }: { profileId: string; initial: boolean; handle: string | null }) {
  const t = useTranslations("fediverse.pageSwitch");
  return (
    <SettingSwitch
      id="page-federate"
      title={t("title")}
      initial={initial}
      save={(next) => pageFederationAction({ profileId, federate: next })}
      on={handle ? t("onAs", { handle }) : t("on")}
      off={t("off")}
    />
  );
}
