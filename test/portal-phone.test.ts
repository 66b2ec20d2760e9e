// The portal on a phone (issue 16): at 390×844 the menu is a drawer the header's menu button opens, and every page
// each person can reach fits the screen's width, with no sideways scrolling: the publisher's owner, a read-only
// member, the rewards team and a program admin (who choose a publisher in the drawer and read the console's tabs).
// On each page the drawer opens and closes (Escape, focus back on the menu button), axe-core passes, and a
// screenshot is saved (test-results/screenshots/phone-*.png); the publisher's pages are photographed at 1440 too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  assertAccessible,
  browserForFile,
  CATALOGS,
  focused,
  screenshot,
  signIn,
  waitUntil,
  withDemoService,
  choosePublisher,
} from './support/browser.ts';

const browser = browserForFile();
const m = CATALOGS.en;
const PHONE = { width: 390, height: 844 };

/** A page to read: its link in the menu, its heading, and what is on screen once it has loaded. */
interface Visit {
  name: string;
  path: string;
  link: string;
  heading: string;
  ready: (page: Page) => Locator;
}

const PUBLISHER_PAGES: Visit[] = [
  {
    name: 'rewards',
    path: '/rewards',
    link: m['nav.rewards'],
    heading: m['nav.rewards'],
    ready: (p) => p.getByTestId('ttm'),
  },
  {
    name: 'offers',
    path: '/offers',
    link: m['nav.offers'],
    heading: m['nav.offers'],
    ready: (p) => p.getByRole('table', { name: m['offers.title'] }),
  },
  {
    name: 'tickets',
    path: '/tickets',
    link: m['nav.tickets'],
    heading: m['nav.tickets'],
    ready: (p) => p.getByRole('table', { name: m['tickets.title'] }).or(p.getByText(m['tickets.none'])),
  },
  {
    name: 'billed-sales',
    path: '/billed-sales',
    link: m['nav.billedSales'],
    heading: m['sales.title'],
    ready: (p) => p.getByRole('table', { name: m['sales.lines'] }),
  },
  {
    name: 'settings',
    path: '/settings',
    link: m['nav.settings'],
    heading: m['nav.settings'],
    ready: (p) => p.getByRole('table', { name: m['settings.users'] }),
  },
];

/** Signs `email` in on a phone-sized window and runs `work`; no script error may happen meanwhile. */
async function onPhone(url: string, email: string, work: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser().newContext({ locale: 'en', viewport: PHONE });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  try {
    await page.goto(`${url}/rewards`);
    await signIn(page, m, email);
    await page.getByRole('button', { name: m['shell.openMenu'] }).waitFor();
    await work(page);
    assert.deepEqual(failures, [], 'no script errors in the page');
  } catch (error) {
    await screenshot(page, `phone-${email.split('@')[0]}-FAILED`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** Opens the drawer from the header's menu button: the navigation and the header's controls are in it. */
async function openMenu(page: Page): Promise<Locator> {
  // By name: a page may have navigation of its own (the outbox's pager).
  const sideMenu = page.getByRole('navigation', { name: m['nav.label'], exact: true });
  assert.equal(await sideMenu.count(), 0, 'no side menu on a phone');
  await page.getByRole('button', { name: m['shell.openMenu'] }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('navigation', { name: m['nav.label'] }).waitFor();
  return drawer;
}

/**
 * Goes to a page through the drawer, which closes on the way; focus moves to the new page (or, on the page shown
 * already, back to the menu button).
 */
async function goTo(page: Page, visit: Visit): Promise<void> {
  const already = new URL(page.url()).pathname === visit.path;
  const drawer = await openMenu(page);
  await drawer.getByRole('link', { name: visit.link }).click();
  await drawer.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1, name: visit.heading }).waitFor();
  await visit.ready(page).first().waitFor();
  if (already) await focusBackOnMenuButton(page);
  else await waitUntil(async () => (await focused(page)).id === 'main', `focus on the ${visit.name} page`);
}

async function focusBackOnMenuButton(page: Page): Promise<void> {
  const label = () =>
    page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: { activeElement: { getAttribute(name: string): string | null } | null };
      };
      return document.activeElement?.getAttribute('aria-label');
    });
  await waitUntil(async () => (await label()) === m['shell.openMenu'], 'focus back on the menu button');
}

/**
 * The page as it stands fits the window's width; the drawer opens and closes with Escape, giving focus back to the
 * menu button; axe-core passes; a screenshot is taken.
 */
async function checkPage(page: Page, actor: string, name: string): Promise<number> {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const { document, window } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      window: { innerWidth: number };
    };
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
  });
  assert.ok(
    scrollWidth <= innerWidth,
    `${actor}'s ${name} page is ${scrollWidth} px wide at ${innerWidth} px: it scrolls sideways`,
  );
  const drawer = await openMenu(page);
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await focusBackOnMenuButton(page);
  await assertAccessible(page, `${actor}'s ${name} page at ${innerWidth} px`);
  await screenshot(page, `phone-${actor}-${name}`);
  return scrollWidth;
}

/** Every publisher page, reached through the drawer and checked. */
async function readPublisherPages(page: Page, actor: string): Promise<void> {
  for (const visit of PUBLISHER_PAGES) {
    await goTo(page, visit);
    await checkPage(page, actor, visit.name);
  }
}

/** Staff choose the publisher in the drawer, then read the console's tabs (program admins: API tokens too). */
async function readConsole(page: Page, actor: string, tabs: string[]): Promise<void> {
  const drawer = await openMenu(page);
  await choosePublisher(page, drawer, m, 'Contoso Analytics (4012345)');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await page.getByRole('banner').getByText('Contoso Analytics').waitFor();
  await goTo(page, {
    name: 'console',
    path: '/console',
    link: m['nav.console'],
    heading: m['console.title'],
    ready: (p) => p.getByRole('table', { name: m['console.tab.queue'] }),
  });
  for (const tab of tabs) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByRole('tabpanel', { name: tab, exact: true }).waitFor();
    await checkPage(page, actor, `console-${tab.toLowerCase().replace(/\W+/g, '-')}`);
  }
}

const CONSOLE_TABS = [
  m['console.tab.queue'],
  m['console.tab.publisher'],
  m['console.tab.outbox'],
  m['console.tab.dashboards'],
];
/** The tabs only program admins see. */
const ADMIN_TABS = [m['register.tab'], m['programs.title'], m['audit.title'], m['settings.tokens']];

describe('[PORTAL] the portal on a phone', () => {
  it('[PUBLISHER] reads every page on a phone without scrolling sideways', async () => {
    await withDemoService((url) =>
      onPhone(url, 'ava@contoso.example', async (page) => {
        await readPublisherPages(page, 'publisher');
        // Sign out is in the drawer.
        const drawer = await openMenu(page);
        await drawer.getByText('ava@contoso.example').waitFor();
        await assertAccessible(page, 'the open drawer');
        await screenshot(page, 'phone-publisher-drawer');
        // Back on a desktop's width the side menu and the header's controls are where they were.
        await page.keyboard.press('Escape');
        await drawer.waitFor({ state: 'detached' });
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.getByRole('button', { name: m['shell.openMenu'] }).waitFor({ state: 'detached' });
        await page.getByRole('navigation', { name: m['nav.label'] }).waitFor();
        for (const visit of PUBLISHER_PAGES) {
          await page.getByRole('navigation').getByRole('link', { name: visit.link }).click();
          await visit.ready(page).first().waitFor();
          await page.waitForLoadState('networkidle');
          await screenshot(page, `desktop-publisher-${visit.name}`);
        }
        await page.getByRole('button', { name: m['shell.signOut'] }).click();
        await page.getByRole('heading', { name: m['signIn.title'] }).waitFor();
      }),
    );
  });

  it('[MEMBER] reads every page on a phone without scrolling sideways', async () => {
    await withDemoService((url) =>
      onPhone(url, 'dev@contoso.example', async (page) => {
        await readPublisherPages(page, 'member');
        const drawer = await openMenu(page);
        await drawer.getByRole('button', { name: m['shell.signOut'] }).click();
        await page.getByRole('heading', { name: m['signIn.title'] }).waitFor();
      }),
    );
  });

  it('[MEMBER] signs out from the drawer of a slow phone, again and again: the sign-in page is never hidden', async () => {
    // A CPU six times slower used to sign out before the drawer had given focus back, about one time in four,
    // and the sign-in page stayed hidden from screen readers (aria-hidden on the whole page).
    await withDemoService((url) =>
      onPhone(url, 'dev@contoso.example', async (page) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
        for (let round = 1; round <= 8; round++) {
          const drawer = await openMenu(page);
          await drawer.getByRole('button', { name: m['shell.signOut'] }).click();
          await page.locator('input[type=password]').waitFor();
          await waitUntil(
            () => page.evaluate(() => !(globalThis as any).document.querySelector('[aria-hidden=true] h1')),
            `the sign-in page readable after signing out (round ${round})`,
          );
          await signIn(page, m, 'dev@contoso.example');
          await page.getByRole('button', { name: m['shell.openMenu'] }).waitFor();
        }
      }),
    );
  });

  it("[REWARDS TEAM] reads the console and a publisher's pages on a phone without scrolling sideways", async () => {
    await withDemoService((url) =>
      onPhone(url, 'team@rewards.example', async (page) => {
        await readConsole(page, 'rewards-team', CONSOLE_TABS);
        await readPublisherPages(page, 'rewards-team');
      }),
    );
  });

  it("[PROGRAM ADMIN] reads the console and a publisher's pages on a phone without scrolling sideways", async () => {
    await withDemoService((url) =>
      onPhone(url, 'admin@rewards.example', async (page) => {
        await readConsole(page, 'program-admin', [...CONSOLE_TABS, ...ADMIN_TABS]);
        await readPublisherPages(page, 'program-admin');
        // The console's desktop screenshots, for comparison with the phone's.
        await page.setViewportSize({ width: 1440, height: 900 });
        await page
          .getByRole('navigation', { name: m['nav.label'], exact: true })
          .getByRole('link', { name: m['nav.console'] })
          .click();
        for (const tab of [...CONSOLE_TABS, ...ADMIN_TABS]) {
          await page.getByRole('tab', { name: tab, exact: true }).click();
          await page.getByRole('tabpanel', { name: tab, exact: true }).waitFor();
          await page.waitForLoadState('networkidle');
          await screenshot(page, `desktop-program-admin-console-${tab.toLowerCase().replace(/\W+/g, '-')}`);
        }
      }),
    );
  });
});
