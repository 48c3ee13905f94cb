import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { PlayerProvider } from "@/components/player/player-provider";
import { THEME_SCRIPT } from "@/lib/security/theme-script";
import { pageLanguage } from "@/lib/i18n/page-language";
import { siteOrigin } from "@/lib/site";
import { inter, interExtended } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLanguage(), namespace: "common" });
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: "Chorus", template: "%s · Chorus" },
    description: t("siteDescription"),
    applicationName: "Chorus",
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#0d0d12" },
  ],
};

/**
 * Cached public pages (app/(cached)) share it with dynamic ones: for them it reads an
 * empty request, and scripts/server.mjs sets <html lang> from the page's own language.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await pageLanguage();
  return (
    <html lang={lang} className={`${inter.variable} ${interExtended.variable}`} suppressHydrationWarning>
      <head>
        {/* Allowed by its hash in the page policy (lib/security/theme-script.ts). */}
        <script suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-bg font-sans text-fg antialiased">
        {/* Above every layout: the one <audio> keeps playing between pages rendered for a viewer and cached ones. */}
        <PlayerProvider>{children}</PlayerProvider>
      </body>
    </html>
  );
}
