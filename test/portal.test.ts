// The publisher portal in a real browser, as a person clicks it, once in English and once in Traditional Chinese:
// sign in, the tier and why benefits are locked, Activate without a contact (told why), a contact refused beside its
// field then assigned, an activation with its promised date, a technical request, a support ticket for a silent
// offer. Every page passes axe-core (no serious or critical violation) and is photographed for a person to look at.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertAccessible,
  CATALOGS,
  fill,
  focused,
  browserForFile,
  pattern,
  screenshot,
  signIn,
  waitUntil,
  withDemoService,
  type Locale,
} from './support/browser.ts';

const browser = browserForFile();

async function journey(locale: Locale, url: string) {
  const m = CATALOGS[locale];
  // A moment (the promised contact) is shown in the user's time zone: each run sits in another one.
  const timezoneId = locale === 'zh-TW' ? 'Asia/Taipei' : 'America/Los_Angeles';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: timezoneId });
  const context = await browser().newContext({ locale, timezoneId, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  try {
    await page.goto(`${url}/rewards`);
    await page.getByRole('heading', { name: m['signIn.title'] }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), locale);
    await assertAccessible(page, `${locale} sign-in`);
    await screenshot(page, `${locale}-sign-in`);

    // The Rewards page: the tier, the way to the next, and why each locked benefit is locked.
    const shown = Date.now();
    await signIn(page, m, 'ava@contoso.example');
    await page.getByTestId('ttm').waitFor();
    await page.locator('[data-state=locked]').first().waitFor();
    const signInToDataMs = Date.now() - shown;
    // A full navigation (a reload, a shared link) to the page's data: the figure issue 5 asks about.
    const navigated = Date.now();
    await page.goto(`${url}/rewards`);
    await page.getByTestId('ttm').waitFor();
    await page.locator('[data-state=locked]').first().waitFor();
    const tookMs = { signInToDataMs, navigationToDataMs: Date.now() - navigated };
    await page.getByRole('heading', { name: fill(m['rewards.tier'], { tier: '$25K' }) }).waitFor();
    await page.getByText(pattern(m['rewards.next'])).waitFor();
    const locked = page.locator('#benefit-in-depth-customer-review');
    assert.equal(await locked.getAttribute('data-state'), 'locked');
    assert.match(await locked.innerText(), pattern(m['reason.needs-tier']));
    await assertAccessible(page, `${locale} rewards`);
    await screenshot(page, `${locale}-rewards`);

    // Activate before any marketing contact: the service says why (S6), and offers the way out.
    const listing = page.locator('#benefit-listing-optimization');
    await listing.getByRole('button', { name: m['benefit.activate'] }).click();
    await page.getByRole('alert').filter({ hasText: m['problem.marketing-contact-required'] }).waitFor();

    // Assign a contact: first with the company account's email, refused beside the field (S7.2).
    await page.getByRole('button', { name: m['contact.add'], exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('combobox', { name: m['contact.user'] })
      .selectOption({ label: 'Marco Rossi (marco@contoso.example)' });
    const email = dialog.getByRole('textbox', { name: m['contact.email'] });
    await email.fill('accounts@contoso.example');
    await dialog.getByRole('textbox', { name: m['contact.phone'] }).fill('+1 425 555 0100');
    await dialog.getByRole('combobox', { name: m['contact.language'] }).selectOption(locale);
    await dialog.getByRole('button', { name: m['contact.assign'] }).click();
    const beside = dialog.getByText(m['fieldError.same-as-account-email']);
    await beside.waitFor();
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    assert.ok(
      describedBy.split(' ').includes((await beside.getAttribute('id')) ?? '-'),
      'the error describes the email field',
    );
    assert.equal(await email.inputValue(), 'accounts@contoso.example', 'the form keeps its input');
    await assertAccessible(page, `${locale} contact dialog`);
    await screenshot(page, `${locale}-contact-dialog-error`);
    await email.fill('marco.rossi@contoso.example');
    await dialog.getByRole('button', { name: m['contact.assign'] }).click();
    await page.getByText(fill(m['contact.assigned'], { name: 'Marco Rossi' })).waitFor();
    // The dialog's own button keeps the focus while it closes (it stays focusable while busy), then focus goes
    // back to the button that opened the dialog.
    await waitUntil(
      async () => (await focused(page)).text === m['contact.add'],
      'focus back on the button that opened the dialog',
    );
    await page.getByTestId('marketing-contact').filter({ hasText: 'marco.rossi@contoso.example' }).waitFor();

    // Activate, confirmed from the keyboard: the promise names the contact and the date a week away (S8).
    await listing.getByRole('button', { name: m['benefit.activate'] }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: m['activate.confirm'] }).waitFor();
    await assertAccessible(page, `${locale} activation dialog`);
    await screenshot(page, `${locale}-activate-confirm`);
    await page.getByRole('dialog').getByRole('button', { name: m['activate.confirm'] }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(pattern(m['activate.done'])).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const publisherId = await page.evaluate(async () => {
      const r = await fetch('/api/v1/publishers');
      return ((await r.json()) as { items: { id: string }[] }).items[0]!.id;
    });
    const activations = await page.evaluate(async (id) => {
      const r = await fetch(`/api/v1/publishers/${id}/activations`);
      return (
        (await r.json()) as { items: { benefitId: string; contactDueAt: string; requestedAt: string }[] }
      ).items;
    }, publisherId);
    const activation = activations.find((a) => a.benefitId === 'listing-optimization');
    assert.ok(activation, 'the activation exists');
    assert.equal((Date.parse(activation.contactDueAt) - Date.parse(activation.requestedAt)) / 86_400_000, 7);
    const due = day.format(new Date(activation.contactDueAt));
    await page.getByText(fill(m['activate.done'], { contact: 'Marco Rossi', date: due })).waitFor();
    assert.match(
      await page.getByTestId('promise-listing-optimization').innerText(),
      new RegExp(due.replace(/[.*+?^$()|[\]\\]/g, '\\$&')),
    );
    await screenshot(page, `${locale}-rewards-activated`);
    // Switching language re-says what was said, dates included.
    const other = locale === 'en' ? 'zh-TW' : 'en';
    await page.getByRole('combobox', { name: m['shell.language'] }).selectOption(other);
    await page.getByText(pattern(CATALOGS[other]['activate.done'])).waitFor();
    await page.getByRole('combobox', { name: CATALOGS[other]['shell.language'] }).selectOption(locale);
    await page.getByText(fill(m['activate.done'], { contact: 'Marco Rossi', date: due })).waitFor();

    // Technical benefits: a request for help (S9), listed with its status.
    await page.getByRole('tab', { name: m['rewards.tab.technical'] }).click();
    const form = page.locator('#technical-request-form');
    await form.getByRole('combobox', { name: m['tech.stage'] }).selectOption('deployment');
    await form.getByRole('combobox', { name: m['tech.solution'] }).selectOption('hybrid');
    const description = form.getByRole('textbox', { name: m['tech.description'] });
    // Too short for the service: its answer is said beside the field, and the focus goes there.
    await description.fill('Help?');
    await form.getByRole('button', { name: m['tech.submit'] }).click();
    await waitUntil(
      async () =>
        (await description.getAttribute('aria-invalid')) === 'true' &&
        (await focused(page)).tag === 'TEXTAREA',
      'focus on the description in error',
    );
    await description.fill('We need help sizing the hybrid deployment for a bank.');
    await form.getByRole('button', { name: m['tech.submit'] }).click();
    await page.getByText(pattern(m['tech.submitted'])).waitFor();
    await page.getByRole('table', { name: m['tech.requests'] }).getByText(m['stage.deployment']).waitFor();
    await assertAccessible(page, `${locale} technical benefits`);
    await screenshot(page, `${locale}-technical`);

    // The other pages, reached from the navigation with the keyboard.
    // Each page is ready when what it is about is on screen (a table, or its empty state).
    for (const [label, path, name, ready] of [
      [m['nav.offers'], '/offers', 'offers', page.getByRole('table', { name: m['offers.title'] })],
      // The technical request just submitted is the first conversation.
      [m['nav.tickets'], '/tickets', 'tickets', page.getByRole('table', { name: m['tickets.title'] })],
      [
        m['nav.billedSales'],
        '/billed-sales',
        'billed-sales',
        page.getByRole('table', { name: m['sales.lines'] }),
      ],
      [m['nav.settings'], '/settings', 'settings', page.getByRole('table', { name: m['settings.users'] })],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: label }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${path}`);
      await page
        .getByRole('heading', { level: 1, name: label === m['nav.billedSales'] ? m['sales.title'] : label })
        .waitFor();
      await ready.waitFor();
      assert.equal((await focused(page)).id, 'main', 'focus moves to the new page');
      await assertAccessible(page, `${locale} ${name}`);
      await screenshot(page, `${locale}-${name}`);
    }

    // Tailspin's offer went live 40 days ago and nobody called: its owner is named, a ticket is one click away (S11).
    await page.getByRole('button', { name: m['shell.signOut'] }).click();
    await signIn(page, m, 'sam@tailspin.example');
    await page.getByRole('navigation').getByRole('link', { name: m['nav.offers'] }).click();
    await page.getByText(pattern(m['welcome.overdue'])).waitFor();
    await page.getByText(pattern(m['welcome.owner'])).waitFor();
    await screenshot(page, `${locale}-offers-silent`);
    await page.getByRole('button', { name: m['welcome.openTicket'] }).click();
    const ticket = page.getByRole('dialog');
    assert.match(
      await ticket.getByRole('textbox', { name: m['ticket.subject'] }).inputValue(),
      pattern(m['ticket.silentSubject']),
    );
    await ticket.getByRole('button', { name: m['ticket.submit'] }).click();
    await page.getByText(pattern(m['ticket.opened'])).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: m['nav.tickets'] }).click();
    await page
      .getByRole('table', { name: m['tickets.title'] })
      .getByText(pattern(m['ticket.silentSubject']))
      .waitFor();
    await screenshot(page, `${locale}-tickets-opened`);

    assert.deepEqual(failures, [], 'no script errors in the page');
    return tookMs;
  } catch (error) {
    await screenshot(page, `${locale}-FAILED`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

describe('[PORTAL] the Marketplace Rewards page in a browser', () => {
  for (const locale of ['en', 'zh-TW'] as const) {
    it(`works as a person clicks it, in ${locale}`, async (t) => {
      const tookMs = await withDemoService((url) => journey(locale, url));
      t.diagnostic(
        `Rewards page data shown ${tookMs.navigationToDataMs} ms after navigation, ` +
          `${tookMs.signInToDataMs} ms after sign-in (measured, not asserted)`,
      );
    });
  }
});
