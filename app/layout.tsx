import type { Metadata, Viewport } from "next";
import { cspNonce } from "@/lib/security/nonce";
import { siteOrigin } from "@/lib/site";
import { inter } from "./fonts";
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

// Applies the saved or system theme before first paint (no flash).
const themeScript = `try{var t=localStorage.getItem("chorus-theme");if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.classList.toggle("dark",t==="dark")}catch(e){}`;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the nonce makes every page dynamic, as a per-request nonce must be.
  const nonce = await cspNonce();
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        {/* Browsers hide nonce attributes from the DOM, so hydration sees "" on the client. */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh bg-bg font-sans text-fg antialiased">{children}</body>
    </html>
  );
}
