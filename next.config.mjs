import createNextIntlPlugin from "next-intl/plugin";
import { parsePublicUrl } from "./scripts/public-url.mjs";

// The language of each request, and its messages: lib/i18n/request.ts.
// Messages are compiled at build time (ICU → a compact form), so browsers get
// next-intl's small formatter instead of its ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// Checked when Next starts (build, start, dev): a bad PUBLIC_URL fails here, not in a request.
parsePublicUrl(process.env.PUBLIC_URL, process.env.PORT);

/**
 * Static security headers. Content-Security-Policy is deliberately not set here:
 * pages get theirs (per-request nonce, frame-ancestors 'none') and HSTS from
 * proxy.ts, /embed/* documents set their own (frame-ancestors *), and API routes
 * may set their own. Next drops a handler's header when this config already set
 * it, so a CSP here would silently replace theirs. X-Frame-Options still keeps
 * everything but /embed/* out of frames.
 */
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), autoplay=(self)" },
];
const noFraming = [{ key: "X-Frame-Options", value: "DENY" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` sets CHORUS_TYPECHECKED=1 after its own `tsc --noEmit` passed on the same tree: the build
  // would run the same check again (about 45 s on a 2-core machine). Every other build checks types.
  typescript: { ignoreBuildErrors: process.env.CHORUS_TYPECHECKED === "1" },
  // Cached pages carry a fresh nonce per response (scripts/cached-response.mjs drops the ETag): hashing
  // every page body for one cost about a quarter of the CPU of serving it.
  generateEtags: false,
  serverExternalPackages: ["better-sqlite3", "sharp", "geoip-lite", "@ffmpeg-installer/ffmpeg"],
  turbopack: {
    resolveAlias: {
      // Fedify imports jsonld's browser build, whose bundled core-js replaces the global
      // JSON.stringify with a polyfill about 8x slower than Node's: every page's rendering
      // paid for it once federation code had loaded. This wrapper puts Node's back.
      "jsonld/dist/jsonld.esm.js": "./lib/federation/jsonld.ts",
    },
  },
  async rewrites() {
    // Profiles live at /@handle; "@" folders mean parallel routes in the App Router.
    return [
      { source: "/@:handle", destination: "/u/:handle" },
      { source: "/@:handle/:rest*", destination: "/u/:handle/:rest*" },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: common },
      { source: "/((?!embed/).*)", headers: noFraming },
    ];
  },
};

export default withNextIntl(nextConfig);
