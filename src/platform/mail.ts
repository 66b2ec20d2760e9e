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

/** A pooled SMTP transport for `url` (smtp:// or smtps://, user and password in the URL). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
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
