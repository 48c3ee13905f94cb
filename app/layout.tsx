import type { Metadata, Viewport } from "next";
import { PlayerProvider } from "@/components/player/player-provider";
import { THEME_SCRIPT } from "@/lib/security/theme-script";
import { siteOrigin } from "@/lib/site";
import { inter, interExtended } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: "Chorus", template: "%s · Chorus" },
  description: "Follow the artists, labels and people whose music you love. Fast, private, open.",
  applicationName: "Chorus",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#0d0d12" },
  ],
};

/** Reads nothing from the request: cached public pages (app/(cached)) share it with dynamic ones. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${interExtended.variable}`} suppressHydrationWarning>
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
