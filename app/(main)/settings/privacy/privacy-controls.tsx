"use client";

import { useTranslations } from "next-intl";
import { Saved, SettingSwitch, useSaved } from "@/components/ui/setting-switch";
import { privacyAction } from "@/lib/account/actions";
import { listeningHistoryAction } from "@/lib/playlists/actions";

/** The privacy page's switches are the app's one settings switch. */
export const PrivacySwitch = SettingSwitch;

export const privateSwitch = (next: boolean) => privacyAction({ setting: "isPrivate", value: next });
export const hideFollowsSwitch = (next: boolean) => privacyAction({ setting: "hideFollows", value: next });
export const personalizationSwitch = (next: boolean) => privacyAction({ setting: "personalizationOff", value: !next });
export const historySwitch = (next: boolean) => listeningHistoryAction({ change: next ? "on" : "off" });

/** The choices, in order; their words are settings.privacy.policy.<value> and <value>Effect. */
const POLICIES = [{ value: "everyone" }, { value: "following" }, { value: "nobody" }] as const;

export function MessagePolicy({ initial }: { initial: (typeof POLICIES)[number]["value"] }) {
  const t = useTranslations("settings.privacy.policy");
  const { value, change, pending, error, saved } = useSaved(initial, (next) => privacyAction({ setting: "messagePolicy", value: next }));
  return (
    <fieldset className="pb-4 pt-5" disabled={pending}>
      <legend className="font-medium">{t("legend")}</legend>
      <Saved shown={saved && !pending} />
      <div className="mt-3 space-y-2">
        {POLICIES.map((p) => (
          <label key={p.value} className={`flex cursor-pointer gap-3 rounded-2xl border p-3 ${value === p.value ? "border-accent-500 bg-accent-500/5" : "border-line hover:bg-surface-2"}`}>
            <input type="radio" name="messagePolicy" value={p.value} checked={value === p.value} onChange={() => change(p.value)} className="mt-1 accent-accent-600" />
            <span>
              <span className="block text-sm font-medium">{t(p.value)}</span>
              <span className="block text-sm text-muted">{t(`${p.value}Effect`)}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
export const federateSwitch = (next: boolean) => privacyAction({ setting: "federate", value: next });
