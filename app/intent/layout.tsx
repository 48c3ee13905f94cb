import { IntlProvider } from "@/components/i18n/intl-provider";
import { LogoMark } from "@/components/ui/icons";

/** First-party popups opened by embeds. Never framable (see next.config.mjs). */
export default function IntentLayout({ children }: { children: React.ReactNode }) {
  return (
    <IntlProvider segment="app/intent">
      <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-accent-500/10 to-transparent px-4 py-8">
        <p className="mb-6 flex items-center gap-2 text-lg font-bold tracking-tight">
          <LogoMark /> Chorus
        </p>
        <main className="w-full max-w-sm rounded-3xl border border-line bg-surface p-6 text-center shadow-sm">{children}</main>
      </div>
    </IntlProvider>
  );
}
