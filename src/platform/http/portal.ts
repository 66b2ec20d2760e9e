// The publisher portal (web/, built by `npm run build:web` into web/dist): its hashed assets, and index.html for
// each of its pages, so that a reload or a shared link lands on the right page.
import fastifyStatic from '@fastify/static';
import fs from 'node:fs';
import path from 'node:path';
import type { App } from './app.types.ts';

export const PORTAL_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

/** The portal's top-level pages (web/src/main.tsx); anything else is the API's or a 404. */
export const PORTAL_PATHS = [
  '/',
  '/rewards',
  '/offers',
  '/tickets',
  '/conversation',
  '/billed-sales',
  '/settings',
  '/account',
  '/console',
  // Invitation links (the token rides in the fragment, which never reaches the server).
  '/accept-invitation',
];

// Fluent UI writes its styles at run time (style elements), hence 'unsafe-inline' for styles only.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function portalPage(dist = PORTAL_DIST) {
  return async function portal(app: App): Promise<void> {
    const indexFile = path.join(dist, 'index.html');
    const built = fs.existsSync(indexFile);
    if (built) {
      await app.register(fastifyStatic, {
        root: path.join(dist, 'assets'),
        prefix: '/assets/',
        // File names carry their content hash: they never change.
        immutable: true,
        maxAge: '365d',
        index: false,
        schemaHide: true,
      });
    } else {
      app.log.warn(`The portal is not built (${indexFile} is missing): run \`npm run build:web\`.`);
    }
    const index = built ? fs.readFileSync(indexFile, 'utf8') : null;
    for (const url of PORTAL_PATHS) {
      app.get(url, { schema: { hide: true } }, async (_request, reply) => {
        if (!index)
          return reply
            .code(503)
            .type('text/plain; charset=utf-8')
            .send('The portal is not built: run `npm run build:web`, then start the service again.');
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .header('content-security-policy', CSP)
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'same-origin')
          .send(index);
      });
    }
  };
}
