// The mail transport: SMTP through nodemailer when SMTP_URL is set.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** A Message-ID fixed per notification: a resend carries the same one, so receivers can drop the copy. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message; throws with the server's answer otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * How long nodemailer waits for each part of a send, set explicitly (its defaults are two minutes for the
 * connection and ten for an idle socket): the TCP connection, the server's greeting, and silence on the socket
 * at any later step (EHLO, MAIL FROM, RCPT TO, DATA, the message's acceptance).
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The longest one send can last: the connection, the greeting, and each of the later steps (at most six, each
 * bounded by the socket timeout). A message claimed longer ago than this (plus a margin) is no longer being sent
 * by anyone.
 */
export const MAX_SEND_SECONDS =
  (SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + 6 * SMTP_TIMEOUTS.socketTimeout) / 1000;

/** An SMTP transport for `url` (smtp:// or smtps://, user and password in the URL), with `SMTP_TIMEOUTS`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
    },
    close() {
      transport.close();
    },
  };
}
