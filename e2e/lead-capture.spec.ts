import { expect, test, type Page } from '@playwright/test';
import { DEMO_ORG, DEMO_OWNER } from '@/db/seed';
import { ensureDemoData, seedOrg, seedUser, uniqueEmail } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

// Forms refuse submissions sent sooner than a person could fill them in (2.5 s after they appear).
const HUMAN_PAUSE_MS = 2_700;

async function fillHostedForm(page: Page, { name, email, message }: { name: string; email: string; message: string }) {
  // Labels carry a required marker or "(optional)" after the field's name.
  await page.getByRole('textbox', { name: /^Name\b/ }).fill(name);
  await page.getByRole('textbox', { name: /^Email\b/ }).fill(email);
  await page.getByRole('textbox', { name: /^Message\b/ }).fill(message);
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thanks! We will be in touch soon.')).toBeVisible();
}

test('a visitor from a campaign sends the contact form; the lead lands in the house workspace with its UTM', async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  await ensureDemoData();
  const email = uniqueEmail('visitor');

  await page.goto('/?utm_source=Newsletter&utm_medium=email&utm_campaign=autumn-launch');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact' }).click();
  await expect(page).toHaveURL(/\/contact$/);
  const form = page.getByRole('form', { name: 'Contact us' });
  await form.getByLabel('Name', { exact: true }).fill('Vera Visitor');
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Company (optional)').fill('Visitor & Co');
  await form.getByLabel('Message', { exact: true }).fill('We would like a demo for our team of five.');
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('status').getByText('Message sent')).toBeVisible();

  // The operator (the demo workspace's owner) finds the lead, with where the visitor came from.
  const operator = await browser.newContext({ extraHTTPHeaders: clientAddressHeaders() });
  const ownerPage = await operator.newPage();
  await signInByApi(ownerPage.request, baseURL!, DEMO_OWNER.email, DEMO_OWNER.password);
  await ownerPage.goto(`/app/${DEMO_ORG.slug}/leads?q=${encodeURIComponent(email)}`);
  await ownerPage.getByRole('link', { name: 'Vera Visitor', exact: true }).click();
  // The lead page renders on the server; give it time on a busy machine.
  await expect(ownerPage).toHaveURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(ownerPage.getByRole('heading', { level: 1, name: 'Vera Visitor' })).toBeVisible({ timeout: 15_000 });
  await expect(ownerPage.getByText('newsletter', { exact: true })).toBeVisible();
  await expect(ownerPage.getByText('autumn-launch', { exact: true })).toBeVisible();
  await expect(ownerPage.getByText('We would like a demo for our team of five.')).toBeVisible();
  await operator.close();
});

test('a customer builds a form; two submissions with one email make one lead with two submissions', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const owner = await seedUser({ name: 'Fran Forms' });
  const org = await seedOrg(owner, 'Forms E2E');
  await signInByApi(page.request, baseURL!, owner.email);

  await page.goto(`/app/${org.slug}/forms`);
  await page.getByRole('link', { name: /create your first form/i }).click();
  await page.getByLabel('Name', { exact: true }).fill('Website enquiries');
  await page.getByLabel('Title', { exact: true }).fill('Talk to our team');
  await page.getByRole('button', { name: 'Create form' }).click();
  await expect(page.getByRole('tab', { name: 'Share' })).toHaveAttribute('aria-selected', 'true');
  const formUrl = page.url().split('?')[0]!;
  const hostedUrl = await page.getByLabel('Form link', { exact: true }).inputValue();
  expect(hostedUrl).toMatch(/\/f\/[0-9a-f-]{36}$/);

  // A visitor opens the hosted page and sends it twice with the same address (in two letter cases).
  const visitor = await page.context().browser()!.newContext({ extraHTTPHeaders: clientAddressHeaders() });
  const visitorPage = await visitor.newPage();
  const hostedPath = new URL(hostedUrl).pathname;
  await visitorPage.goto(`${hostedPath}?utm_source=linkedin&utm_campaign=spring`);
  await expect(visitorPage.getByRole('heading', { name: 'Talk to our team' })).toBeVisible();
  await fillHostedForm(visitorPage, { name: 'Sam Sender', email: 'sam@sender.example', message: 'First question' });
  await visitorPage.goto(hostedPath);
  await fillHostedForm(visitorPage, { name: 'Sam Sender', email: 'SAM@Sender.example', message: 'Second question' });
  await visitor.close();

  // One lead, two submissions.
  await page.goto(`${formUrl}?tab=submissions`);
  const rows = page.getByRole('tabpanel').getByRole('row').filter({ hasText: 'Sam Sender' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'New lead' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Existing lead' })).toHaveCount(1);
  await expect(page.getByText('linkedin', { exact: true })).toBeVisible();

  await page.goto(`/app/${org.slug}/leads?q=sender.example`);
  await expect(page.getByRole('link', { name: 'Sam Sender', exact: true })).toHaveCount(1);
  await page.getByRole('link', { name: 'Sam Sender', exact: true }).click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(page.getByText('First question', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Second question', { exact: true })).toBeVisible();
});
