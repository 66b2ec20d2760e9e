// A real SMTP server on loopback (smtp-server) that keeps every message it accepted.
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { SMTPServer } from 'smtp-server';

export interface Received {
  messageId: string;
  to: string;
  subject: string;
  language: string;
  raw: string;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

export function parseMessage(raw: string): Received {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) =>
    decodeHeader(new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '');
  return {
    messageId: header('Message-ID'),
    to: header('To'),
    subject: header('Subject'),
    language: header('Content-Language'),
    raw,
  };
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** Decides each message before it is accepted: throw (with responseCode) to refuse it. */
  gate: ((mail: Received) => Promise<void> | void) | null;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = {
    url: '',
    received: [],
    gate: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail = parseMessage(Buffer.concat(chunks).toString('utf8'));
        new Promise<void>((resolve) => resolve(state.gate?.(mail))).then(
          () => {
            // Counted only when accepted: a message the server never acknowledged was not delivered.
            state.received.push(mail);
            callback();
          },
          (error: unknown) => callback(error as Error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  after(() => state.close());
  return state;
}

/** An SMTP refusal with its reply code (4xx: try later, 5xx: never). */
export function refusal(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}
