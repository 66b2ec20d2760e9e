// A real webhook receiver on loopback (node:http) that verifies every request's signature with an implementation
// of the Standard Webhooks specification that is not the service's own (the `standardwebhooks` package), with the
// secrets the test gave it for the request's path; it keeps every request and answers as the test tells it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { Webhook } from 'standardwebhooks';

export interface Delivered {
  path: string;
  id: string;
  timestamp: string;
  signatures: string[];
  body: string;
  type: string;
  data: Record<string, unknown>;
  /** Each secret of the path that verified the request (standardwebhooks' Webhook.verify), by its index. */
  verifiedBy: number[];
  /** What the receiver answered. */
  status: number;
}

export interface Receiver {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: Delivered[];
  /** The secrets each path's requests must be signed with (set once a subscription answered its secret). */
  secrets: Map<string, string[]>;
  /** The status to answer a request with (default 204); may wait (a gate) before answering. */
  answer: (request: Omit<Delivered, 'status'>) => number | Promise<number>;
  /** Requests that arrived and are not answered yet (a gate holds them). */
  pending: number;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = { origin: '', received: [], secrets: new Map(), answer: () => 204, pending: 0 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      void (async () => {
        receiver.pending++;
        const body = Buffer.concat(chunks).toString('utf8');
        const path = request.url ?? '/';
        const headers = {
          'webhook-id': String(request.headers['webhook-id'] ?? ''),
          'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
          'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
        };
        const verifiedBy = (receiver.secrets.get(path) ?? []).flatMap((secret, i) => {
          try {
            new Webhook(secret).verify(body, headers);
            return [i];
          } catch {
            return [];
          }
        });
        const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
        const seen = {
          path,
          id: headers['webhook-id'],
          timestamp: headers['webhook-timestamp'],
          signatures: headers['webhook-signature'].split(' '),
          body,
          type: parsed.type,
          data: parsed.data,
          verifiedBy,
        };
        const status = await receiver.answer(seen);
        receiver.received.push({ ...seen, status });
        receiver.pending--;
        response.writeHead(status).end();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return receiver;
}
