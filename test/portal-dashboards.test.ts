// The console's dashboards in a real browser (issue 17, item 4): two publishers activate benefits and the rewards
// team contacts some of them; then the program admin and the rewards team open Dashboards, in English on a desktop
// and in Traditional Chinese on a phone. Each card's headline figure is what the API's rows sum to (summed here from
// the API's JSON, not the page's code), each card draws a chart, the figures open under a disclosure; the page
// passes axe-core, fits the width and is photographed (test-results/screenshots/<locale>-<size>-dashboards-*.png).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { names as zhTWNames } from '../src/domain/program-names/zh-TW.ts';
import {
  browserForFile,
  fill,
  signIn,
  signOut,
  waitUntil,
  walkThrough,
  withDemoService,
  type Catalog,
  type Locale,
  type Walk,
} from './support/browser.ts';

const browser = browserForFile();
const PASSWORD = 'marketplace-rewards-demo';

/** A session on the API, as a person signed in with the demo password. */
async function session(url: string, email: string) {
  const answer = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  assert.equal(answer.status, 201, `${email} signs in`);
  const { user, csrfToken } = (await answer.json()) as { user: any; csrfToken: string };
  const cookie = answer.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(res.status < 300, `${method} ${path}: ${res.status}`);
    return res.json();
  };
  return { user, call };
}

/** Contoso activates five benefits and Fabrikam two; the rewards team contacts three of the seven. */
async function activity(url: string): Promise<void> {
  const ava = await session(url, 'ava@contoso.example');
  const contoso = `/api/v1/publishers/${ava.user.publisherId}`;
  await ava.call('POST', `${contoso}/marketing-contacts`, {
    userId: ava.user.id,
    email: 'ava@contoso.example',
    phone: '+14255550100',
    language: 'en',
  });
  for (const benefitId of [
    'market-research',
    'listing-optimization',
    'marketing-toolkit',
    'deployment-sponsorship',
  ])
    await ava.call('POST', `${contoso}/activations`, { benefitId });
  const lena = await session(url, 'lena@fabrikam.example');
  for (const benefitId of ['market-research', 'listing-optimization'])
    await lena.call('POST', `/api/v1/publishers/${lena.user.publisherId}/activations`, { benefitId });
  const team = await session(url, 'team@rewards.example');
  const tasks = (await team.call('GET', '/api/v1/tasks?kind=activation')).items;
  for (const task of tasks.slice(0, 3))
    await team.call('POST', `/api/v1/tasks/${task.id}/contacts`, { channel: 'phone', note: 'Called.' });
}

/** Each card's title, and its headline figure and line as the API's rows sum to them, in the reader's words. */
async function expectedHeadlines(page: Page, url: string, locale: Locale, m: Catalog) {
  // As the signed-in person: the browser context's cookies.
  const get = async (path: string) => (await page.request.get(`${url}${path}`)).json();
  const num = (n: number) => new Intl.NumberFormat(locale).format(n);
  const pct = (n: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);
  const sum = (rows: any[], of: (r: any) => number) => rows.reduce((s, r) => s + of(r), 0);
  const program = (await get('/api/v1/program')).inForce;
  const named = (key: string, fallback: string) =>
    (m as Record<string, string>)[key] ?? (locale === 'zh-TW' ? zhTWNames[key] : undefined) ?? fallback;
  const rate = (await get('/api/v1/dashboards/contact-rate?weeks=12')).items;
  const kept = sum(rate, (r) => r.contactedWithinWeek);
  const due = kept + sum(rate, (r) => r.contactedLate + r.notYetContactedPastDue);
  const waiting = sum(rate, (r) => r.notYetContacted - r.notYetContactedPastDue);
  const work = (await get('/api/v1/dashboards/open-work')).items;
  const benefits = (await get('/api/v1/dashboards/activations-by-benefit')).items;
  const byTier = (await get('/api/v1/dashboards/activations-by-tier')).items;
  const top = byTier.reduce((best: any, r: any) => (r.count > (best?.count ?? 0) ? r : best), null);
  const pubs = (await get('/api/v1/dashboards/publishers-by-tier')).items;
  const allPubs = sum(pubs, (r) => r.count);
  const past = sum(
    pubs.filter((r: any) => r.tierId !== program.tiers[0].id),
    (r) => r.count,
  );
  const tierName = (t: { id: string; name: string }) => named(`tier.${t.id}`, t.name);
  return [
    {
      title: m['dash.contactRate'],
      figure: due > 0 ? pct(kept / due) : '—',
      line: fill(m[due > 0 ? 'dash.head.contactRateDetail' : 'dash.head.contactRateNone'], {
        kept: num(kept),
        due: num(due),
        waiting: num(waiting),
      }),
    },
    {
      title: m['dash.openWork'],
      figure: num(sum(work, (r) => r.open)),
      line: fill(m['dash.head.openWorkDetail'], {
        late: num(sum(work, (r) => r.late)),
        unassigned: num(sum(work, (r) => r.unassigned)),
      }),
    },
    {
      title: m['dash.byBenefit'],
      figure: num(sum(benefits, (r) => r.activations)),
      line: fill(m['dash.head.byBenefitDetail'], {
        fulfilled: num(sum(benefits, (r) => r.fulfilled)),
        benefit: named(`benefitName.${benefits[0].benefitId}`, benefits[0].benefitName),
        count: num(benefits[0].activations),
      }),
    },
    {
      title: m['dash.byTier'],
      figure: num(sum(byTier, (r) => r.count)),
      line: fill(m['dash.head.byTierDetail'], {
        tier: tierName({ id: top.tierId, name: top.tierName }),
        count: num(top.count),
        share: pct(top.count / sum(byTier, (r) => r.count)),
      }),
    },
    {
      title: m['dash.publishersByTier'],
      figure: num(allPubs),
      line: fill(m['dash.head.publishersDetail'], {
        tier: tierName(program.tiers[1]),
        count: num(past),
        share: pct(past / allPubs),
      }),
    },
  ];
}

async function journey({ page, m, locale, shot }: Walk, url: string): Promise<void> {
  for (const [email, who] of [
    ['admin@rewards.example', 'admin'],
    ['team@rewards.example', 'team'],
  ] as const) {
    await signIn(page, m, email);
    await page.getByRole('tab', { name: m['console.tab.dashboards'] }).click();
    const expected = await expectedHeadlines(page, url, locale, m);
    for (const { title, figure, line } of expected) {
      const card = page.getByRole('region', { name: title });
      await card.getByText(figure, { exact: true }).waitFor();
      await card.getByText(line, { exact: true }).waitFor();
      // The chart is drawn: bars (rectangles) in its picture.
      await waitUntil(async () => (await card.locator('svg rect').count()) > 0, `a chart in ${title}`);
    }
    // The figures themselves, under the disclosure.
    const rate = page.getByRole('region', { name: m['dash.contactRate'] });
    await rate.getByRole('button', { name: m['dash.showFigures'] }).click();
    await rate.getByRole('table', { name: m['dash.contactRate'] }).waitFor();
    await shot(who);
    await signOut(page, m);
  }
}

const walk = (url: string, locale: Locale, width: number, height: number) =>
  walkThrough(browser, { locale, url, width, height, area: 'dashboards', start: '/console' }, (w) =>
    journey(w, url),
  );

describe('[PORTAL] dashboards in a browser', () => {
  it('[PROGRAM ADMIN] and [REWARDS TEAM] read each dashboard’s headline and chart, in en', async () => {
    await withDemoService(async (url) => {
      await activity(url);
      await walk(url, 'en', 1440, 900);
    });
  });
  it('[PROGRAM ADMIN] and [REWARDS TEAM] read each dashboard’s headline and chart, in zh-TW on a phone', async () => {
    await withDemoService(async (url) => {
      await activity(url);
      await walk(url, 'zh-TW', 390, 844);
    });
  });
});
