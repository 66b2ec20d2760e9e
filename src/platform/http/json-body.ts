// Request bodies are JSON, parsed strictly: no prototype-poisoning keys, a precise reason for a bad body.
import { parseJson } from '../json.ts';
import type { App } from './app.types.ts';
import { AppError } from '../problems.ts';

export function useJsonBodies(app: App): void {
  // The API speaks JSON only; anything else is 415.
  app.removeContentTypeParser('text/plain');
  // JSON bodies: refuse prototype-poisoning keys outright, and say precisely what is wrong with a bad body.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.trim() === '') {
      // A bodiless DELETE or GET that still names JSON (as clients often do) is simply without a body.
      if (request.method === 'DELETE' || request.method === 'GET') return done(null, undefined);
      return done(new AppError('malformed-request', 'The body is empty; send a JSON object.'));
    }
    try {
      done(null, parseJson(text));
    } catch (error) {
      const message = (error as Error).message;
      done(
        new AppError(
          'malformed-request',
          /prototype/i.test(message)
            ? 'The body contains a __proto__ or constructor.prototype key, which is never accepted.'
            : `The body is not valid JSON: ${message}`,
        ),
      );
    }
  });
  // NDJSON (one JSON object per line) is read as `{ "lines": [...] }`, the shape of a batch of feed lines.
  app.addContentTypeParser(
    ['application/x-ndjson', 'application/jsonl'],
    { parseAs: 'string' },
    (_request, body, done) => {
      const lines: unknown[] = [];
      const texts = (body as string).split('\n');
      for (let i = 0; i < texts.length; i++) {
        const text = texts[i]!.trim();
        if (text === '') continue;
        try {
          lines.push(parseJson(text));
        } catch (error) {
          return done(
            new AppError(
              'malformed-request',
              `Line ${i + 1} of the NDJSON body is not valid JSON: ${(error as Error).message}`,
            ),
          );
        }
      }
      done(null, { lines });
    },
  );
}
