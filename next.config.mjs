/** Security headers: only /embed/* may be framed by other sites. */
const noFraming = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "sharp", "geoip-lite"],
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

export default nextConfig;
