import { MoreMessages } from "@/components/i18n/intl-provider";
import { SettingsNav } from "./settings-nav";

/** Settings: one column of sections with the list of settings pages beside it (above it on phones). */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <MoreMessages segment="app/(main)/settings">
      <div className="mx-auto flex max-w-4xl flex-col gap-6 md:flex-row md:gap-10">
        <SettingsNav />
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </MoreMessages>
  );
}
