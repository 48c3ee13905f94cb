// Serves the production build. A thin custom server around Next, for one reason:
// route handlers never see the TCP peer, so the client address is decided here
// (TRUST_PROXY hops of X-Forwarded-For, else the peer) and handed on in one header
// that a client cannot set.
import http from "node:http";
import next from "next";
import { clientAddress, trustedHops } from "./client-address.mjs";

export const CLIENT_IP_HEADER = "x-chorus-client-ip";

export async function serve({ port, hostname = "0.0.0.0", onReady } = {}) {
  const hops = trustedHops(process.env.TRUST_PROXY);
  // Read by lib/security/client-ip.ts in this same process: the header is ours only when this is set.
  process.env.CHORUS_CLIENT_IP_HEADER = CLIENT_IP_HEADER;
  const app = next({ dev: false, hostname: "localhost", port: Number(port) });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    const forwardedFor = req.headers["x-forwarded-for"];
    const address = clientAddress({ forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, peer: req.socket.remoteAddress, hops });
    if (address) req.headers[CLIENT_IP_HEADER] = address;
    else delete req.headers[CLIENT_IP_HEADER];
    handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve) => server.listen(Number(port), hostname, resolve));
  onReady?.();
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = process.env.PORT ?? "3000";
  serve({ port, onReady: () => console.log(`Chorus ready on http://localhost:${port}`) }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
