import { expect, test } from '@playwright/test';
import { seedLeads, seedOrg, seedTask, seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('filter leads, save the view, move them all in bulk, open one from the keyboard, and clear an overdue task', async ({ page, baseURL }) => {
  const owner = await seedUser({ name: 'Wes Workflow' });
  const org = await seedOrg(owner, 'Workflow E2E');
  const [ana] = await seedLeads(org, [
    { name: 'Ana Fair', email: 'ana@fair.example', tags: ['fair'] },
    { name: 'Ben Fair', email: 'ben@fair.example', tags: ['fair'] },
    { name: 'Cleo Fair', email: 'cleo@fair.example', tags: ['fair'] },
    { name: 'Dan Web', email: 'dan@web.example', tags: ['web'] },
  ]);
  await seedTask(org, { title: 'Call Ana back', assigneeId: owner.id, leadId: ana!.id, dueAt: new Date(Date.now() - 2 * 86_400_000) });
  await signInByApi(page.request, baseURL!, owner.email);

  // The tag filter lives in the URL; the list shows only the three fair leads.
  await page.goto(`/app/${org.slug}/leads?tags=fair`);
  await expect(page.getByText('3 leads match these filters')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dan Web', exact: true })).toHaveCount(0);

  // Save it as a view: it is listed in the Views menu.
  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name: /Save current view/ }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Fair leads');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: /Views/ }).click();
  await expect(page.getByRole('menuitem', { name: /Fair leads/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Select the page and move every selected lead to "Qualified".
  await page.getByRole('checkbox', { name: 'Select all leads on this page' }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bulk.getByText('3 leads selected')).toBeVisible();
  await bulk.getByRole('button', { name: 'Change stage' }).click();
  await page.getByRole('menuitem', { name: 'Qualified' }).click();
  await expect(page.getByRole('cell', { name: 'Qualified' })).toHaveCount(3);

  // Keyboard: j highlights the first row, Enter opens it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/app/${org.slug}/leads/[0-9a-f-]{36}$`));
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText(/→ Qualified/)).toBeVisible();

  // The overdue task is listed under "Overdue" and completes from the list.
  await page.goto(`/app/${org.slug}/tasks`);
  const checkbox = page.getByRole('checkbox', { name: 'Complete “Call Ana back”' });
  await expect(checkbox).toBeVisible();
  await expect(page.getByRole('heading', { name: /Overdue/ })).toBeVisible();
  await checkbox.click();
  await expect(page.getByText(/Undo/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Complete “Call Ana back”' })).toHaveCount(0);
});
