// Every code the service can answer with has words in every portal language: a new problem type, reason, clock
// state, message status or dashboard bucket without a catalog entry fails here, instead of reaching a user of
// another language in English. (The catalogs themselves have the same keys: the typecheck sees to that.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLOCK_STATES } from '../src/domain/clocks.ts';
import { REASON_CODES } from '../src/domain/facts.ts';
import { AGE_BUCKETS } from '../src/features/dashboards/dashboards.queries.ts';
import { NOTIFICATION_STATUSES } from '../src/features/notifications/notifications.schema.ts';
import { PROBLEMS } from '../src/platform/problems.ts';
import { de } from '../web/src/i18n/de.ts';
import { en } from '../web/src/i18n/en.ts';
import { es } from '../web/src/i18n/es.ts';
import { fr } from '../web/src/i18n/fr.ts';
import { ja } from '../web/src/i18n/ja.ts';
import { ko } from '../web/src/i18n/ko.ts';
import { ptBR } from '../web/src/i18n/pt-BR.ts';
import { zhTW } from '../web/src/i18n/zh-TW.ts';
import { ROOT } from './support/cli.ts';

const CATALOGS: Record<string, Record<string, string>> = {
  en,
  'zh-TW': zhTW,
  ja,
  ko,
  de,
  fr,
  es,
  'pt-BR': ptBR,
};

describe('[PORTAL] message catalogs', () => {
  const needed = [
    ...Object.keys(PROBLEMS).map((code) => `problem.${code}`),
    ...REASON_CODES.map((code) => `reason.${code}`),
    ...CLOCK_STATES.map((state) => `clock.${state}`),
    ...NOTIFICATION_STATUSES.map((status) => `outbox.${status}`),
    ...AGE_BUCKETS.map((bucket) => `age.${bucket}`),
  ];

  it('are checked here for every language the portal offers', () => {
    // The portal's i18n.tsx is JSX, which the tests cannot import: its LOCALES are read from the source.
    const source = fs.readFileSync(path.join(ROOT, 'web/src/i18n/i18n.tsx'), 'utf8');
    const table = /export const LOCALES = \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const offered = [...table.matchAll(/^\s+'?([a-zA-Z-]+)'?: \(\) =>/gm)].map((m) => m[1]!);
    assert.ok(offered.length >= 2, 'the LOCALES table was found');
    assert.deepEqual(offered.sort(), Object.keys(CATALOGS).sort());
  });

  it('know every code the service answers with', () => {
    for (const [name, catalog] of Object.entries(CATALOGS)) {
      const missing = needed.filter((key) => !(key in catalog));
      assert.deepEqual(missing, [], `keys missing from the ${name} catalog`);
    }
  });

  it("speak people's words: no rule number such as (S10) or (L9) in any text", () => {
    for (const [name, catalog] of Object.entries(CATALOGS)) {
      const numbered = Object.entries(catalog).filter(([, text]) => /\b[SL]\d{1,2}\b/.test(text));
      assert.deepEqual(numbered, [], `rule numbers in the ${name} catalog`);
    }
  });
});
