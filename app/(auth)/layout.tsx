import Link from "next/link";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { LogoMark } from "@/components/ui/icons";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <IntlProvider segment="app/(auth)">
      <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-accent-500/10 to-transparent px-4 py-10">
        <Link href="/" className="mb-8 flex items-center gap-2 text-xl font-bold tracking-tight">
          <LogoMark /> Chorus
        </Link>
        <main className="w-full max-w-md rounded-3xl border border-line bg-surface p-6 shadow-sm sm:p-8">{children}</main>
        <LanguageSwitcher className="mt-6" />
      </div>
    </IntlProvider>
  );
}
