// A real browser for the portal's tests: Debian's Chromium driven by playwright-core, an accessibility check with
// axe-core inside the page, and screenshots a person looks at (test-results/screenshots/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { after, before } from 'node:test';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { en } from '../../web/src/i18n/en.ts';
import { zhTW } from '../../web/src/i18n/zh-TW.ts';
import { exited, ROOT, startServe } from './cli.ts';
import { adminUrl, databaseEnv, TEMPLATE_DB, urlFor } from './db.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background networking). */
async function launchBrowser(): Promise<Browser> {
  assert.ok(
    fs.existsSync(CHROMIUM),
    `No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One Chromium for a test file, launched before its tests and closed after them: call browser() in a test. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    assert.ok(browser, 'the browser is launched before the tests');
    return browser;
  };
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/**
 * Fluent UI's focus manager (Tabster) puts focusable, aria-hidden `<i data-tabster-dummy>` guards around focus
 * zones on purpose: they pass focus on at once and must stay hidden from screen readers. axe reports them under
 * aria-hidden-focus; Fluent documents this as a known false positive (microsoft/fluentui#27517, "By Design") and
 * Accessibility Insights suppresses exactly these nodes. So do we, and nothing else.
 */
const isTabsterGuard = (rule: string, node: { html: string }) =>
  rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(node.html);

/** Runs axe-core on the page as it is; fails on any serious or critical violation, naming each. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  // Colours are checked as they settle: no transition half-way (Fluent animates buttons and dialogs); endless
  // animations (a spinner) are left alone.
  await page.waitForFunction(() => {
    interface Running {
      playState: string;
      effect: { getComputedTiming(): { iterations: number } } | null;
    }
    const { document } = globalThis as unknown as { document: { getAnimations(): Running[] } };
    return document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity);
  });
  // A modal dialog hides the rest of the page from assistive technology (aria-hidden on #root); Fluent's focus
  // manager lifts that on a timer after the dialog closes. With no dialog open, the check waits for it to be lifted
  // (a page that keeps it after a while still fails below, as it should).
  await page
    .waitForFunction(
      () => {
        const { document } = globalThis as unknown as {
          document: { querySelector(selector: string): unknown };
        };
        return (
          document.querySelector('[role=dialog], [role=alertdialog]') !== null ||
          document.querySelector('#root[aria-hidden=true]') === null
        );
      },
      undefined,
      { timeout: 2000 },
    )
    .catch(() => undefined);
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply to it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const found = (await axe.run()).violations;
    // What a person would recognise: the element's text, not only its generated class names.
    for (const v of found)
      for (const n of v.nodes) {
        const { document } = globalThis as unknown as {
          document: { querySelector(selector: string): { textContent: string | null } | null };
        };
        const element = document.querySelector(String(n.target[0]));
        n.html = `${n.html} "${element?.textContent?.trim().slice(0, 80) ?? ''}"`;
      }
    return found;
  });
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterGuard(v.id, n)) }))
    .filter((v) => v.nodes.length > 0);
  assert.deepEqual(
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.html).join(' | ')}`),
    [],
    `accessibility violations on ${what}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const PASSWORD = 'marketplace-rewards-demo';
/** The portal's own catalogs: tests find what a person reads, in either language. */
export const CATALOGS = { en, 'zh-TW': zhTW } as const;
export type Locale = keyof typeof CATALOGS;
export type Catalog = (typeof CATALOGS)[Locale];

/** A catalog message with its {placeholders} filled. */
export const fill = (text: string, params: Record<string, string> = {}) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

/** A catalog message as a pattern: each {placeholder} matches anything. */
export const pattern = (text: string) =>
  new RegExp(
    text
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('.+'),
  );

/**
 * Runs `work` against `serve` in demo mode on a fresh database copied from the template; `database` is that
 * database's URL, for a test that sets up more than the demo has.
 */
export async function withDemoService<T>(
  work: (url: string, database: string) => Promise<T>,
  /** More of the service's variables (REQUIRE_STAFF_MFA: 'true', say). */
  env: Record<string, string> = {},
): Promise<T> {
  const name = `rewards_browser_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(adminUrl());
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    const service = await startServe({ ...databaseEnv(name), DEMO_MODE: 'true', ...env });
    try {
      return await work(service.url, urlFor(name));
    } finally {
      service.child.kill('SIGTERM');
      await exited(service.child);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Signs in on the sign-in page, from the keyboard: Enter in the password field submits the form. */
export async function signIn(page: Page, m: Catalog, email: string): Promise<void> {
  await page.getByRole('heading', { name: m['signIn.title'] }).waitFor();
  await page.getByRole('textbox', { name: m['signIn.email'] }).fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('input[type=password]').press('Enter');
}

/** What has the keyboard focus: its tag, id and text. */
export async function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { activeElement: { tagName: string; id: string; textContent: string | null } | null };
    };
    const element = document.activeElement;
    return { tag: element?.tagName ?? '', id: element?.id ?? '', text: element?.textContent ?? '' };
  });
}

/** Polls `condition` until it holds (10 s at most): for states the page reaches a moment later. */
export async function waitUntil(condition: () => Promise<boolean>, what = 'the condition'): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fails when the page scrolls sideways: its width beyond the window's (a phone's 390 px, say). */
export async function assertFitsWidth(page: Page, what: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  assert.ok(scroll <= client, `${what}: the page scrolls sideways (${scroll} > ${client} px)`);
}

/** Where the header's controls are: in the header, or on a phone in the drawer its menu button opens. */
export async function headerControls(page: Page, m: Catalog): Promise<Page | Locator> {
  const menu = page.getByRole('button', { name: m['shell.openMenu'] });
  await menu
    .or(page.getByRole('button', { name: m['shell.signOut'] }))
    .first()
    .waitFor();
  if ((await menu.count()) === 0) return page;
  await menu.click();
  return page.getByRole('dialog');
}

/** Signs out from the header's controls (on a phone, from the drawer). */
export async function signOut(page: Page, m: Catalog): Promise<void> {
  await (await headerControls(page, m)).getByRole('button', { name: m['shell.signOut'] }).click();
}

/** Chooses a publisher in the staff's picker (the header's, or the drawer's on a phone): types, then clicks it. */
export async function choosePublisher(
  page: Page,
  controls: Page | Locator,
  m: Catalog,
  label: string,
): Promise<void> {
  const picker = controls.getByRole('combobox', { name: m['shell.publisher'] });
  await picker.click();
  await picker.fill(label.split(' (')[0]!);
  await page
    .getByRole('listbox')
    .getByRole('option', { name: label.split(' (')[0]! })
    .click();
}

/** A person's walk through the portal in one language and window size (`walkThrough`). */
export interface Walk {
  page: Page;
  m: Catalog;
  locale: Locale;
  /** `phone` below 600 px wide, `desktop` otherwise: the screenshots' middle name. */
  size: 'phone' | 'desktop';
  /** Checks the page fits the width and passes axe, then photographs it as `<locale>-<size>-<area>-<name>.png`. */
  shot: (name: string) => Promise<void>;
}

/**
 * Opens the portal at `url` + `start` (default `/`) in a new context of `browser` at `width`×`height` in `locale`,
 * and runs `work`: a script error on the page fails it, a failure leaves a `…-FAILED.png`, the context is closed.
 */
export async function walkThrough(
  browser: () => Browser,
  options: { locale: Locale; url: string; width: number; height: number; area: string; start?: string },
  work: (walk: Walk) => Promise<void>,
): Promise<void> {
  const { locale, url, width, height, area } = options;
  const context = await browser().newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  const size = width < 600 ? 'phone' : 'desktop';
  const walk: Walk = {
    page,
    m: CATALOGS[locale],
    locale,
    size,
    shot: async (name) => {
      await assertFitsWidth(page, `${locale} ${size} ${area} ${name}`);
      await assertAccessible(page, `${locale} ${size} ${area} ${name}`);
      await screenshot(page, `${locale}-${size}-${area}-${name}`);
    },
  };
  try {
    await page.goto(`${url}${options.start ?? '/'}`);
    await page.evaluate((l) => localStorage.setItem('rewards.locale', l), locale);
    await page.reload();
    await work(walk);
    assert.deepEqual(failures, [], 'no script errors on the page');
  } catch (error) {
    await screenshot(page, `${locale}-${size}-${area}-FAILED`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}
