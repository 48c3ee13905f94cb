import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * The one way Chorus sends email: through the SMTP server in SMTP_URL
 * (smtp://user:pass@host:port, smtps:// for TLS), from MAIL_FROM. Without
 * SMTP_URL the message is written to the server log instead, so a single
 * machine works with nothing configured (README: "Email").
 */
export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | null = null;

function transporter(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  transport ??= nodemailer.createTransport(url);
  return transport;
}

export async function sendMail(mail: Mail): Promise<void> {
  const via = transporter();
  if (!via) {
    console.log(`[mail] No SMTP_URL set; this email was not sent.\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[/mail]`);
    return;
  }
  await via.sendMail({ from: process.env.MAIL_FROM ?? "Chorus <no-reply@chorus.localhost>", to: mail.to, subject: mail.subject, text: mail.text });
}
