// A local mail server for the e2e suite: the app sends through it (SMTP_URL), and
// specs read what arrived from GET /messages?to=ADDRESS (JSON, oldest first).
import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const SMTP_PORT = Number(process.env.MAIL_SMTP_PORT ?? 3025);
const HTTP_PORT = Number(process.env.MAIL_HTTP_PORT ?? 3026);
const received = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []).map((v) => v.address?.toLowerCase());
        received.push({ to, subject: mail.subject ?? "", text: mail.text ?? "", at: Date.now() });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(SMTP_PORT, "127.0.0.1");

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://localhost:${HTTP_PORT}`);
    if (url.pathname === "/health") return response.end("ok");
    if (url.pathname !== "/messages") return response.writeHead(404).end();
    const to = url.searchParams.get("to")?.toLowerCase();
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify(received.filter((m) => !to || m.to.includes(to))));
  })
  .listen(HTTP_PORT, "127.0.0.1");
