import { expect, test } from '@playwright/test';
import { seedApiKey, seedOrg, seedUser } from './helpers/db';

test('the REST API creates, dedupes, lists and replays through the production server', async ({ request }) => {
  const owner = await seedUser();
  const org = await seedOrg(owner, 'API E2E');
  const secret = await seedApiKey(org, owner, ['leads.read', 'leads.write', 'tasks.read', 'tasks.write']);
  const headers = { authorization: `Bearer ${secret}` };

  const created = await request.post('/api/v1/leads', { headers: { ...headers, 'idempotency-key': 'e2e-1' }, data: { name: 'Api Lead', email: 'api@e2e.example' } });
  expect(created.status()).toBe(201);
  const { lead } = await created.json();
  const replay = await request.post('/api/v1/leads', { headers: { ...headers, 'idempotency-key': 'e2e-1' }, data: { name: 'Api Lead', email: 'api@e2e.example' } });
  expect(replay.headers()['idempotent-replayed']).toBe('true');
  expect((await replay.json()).lead.id).toBe(lead.id);
  const deduped = await request.post('/api/v1/leads', { headers, data: { name: 'Api Lead Again', email: 'API@e2e.example' } });
  expect(deduped.status()).toBe(200);

  const list = await request.get('/api/v1/leads?limit=10', { headers });
  expect(list.status()).toBe(200);
  expect((await list.json()).items.map((item: { id: string }) => item.id)).toEqual([lead.id]);

  const task = await request.post('/api/v1/tasks', { headers, data: { title: 'Call back', leadId: lead.id } });
  expect(task.status()).toBe(201);
  const activities = await request.get(`/api/v1/leads/${lead.id}/activities`, { headers });
  expect((await activities.json()).items.map((item: { type: string }) => item.type)).toContain('task_created');

  const invalid = await request.post('/api/v1/leads', { headers, data: { email: 'nope' } });
  expect(invalid.status()).toBe(422);
  expect(invalid.headers()['content-type']).toContain('application/problem+json');

  const document = await request.get('/api/v1/openapi.json');
  expect((await document.json()).openapi).toBe('3.1.0');
});

test('the API reference renders the OpenAPI document', async ({ page }) => {
  test.setTimeout(60_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/docs/api');
  // The reference is a large client bundle; the first visit after a cold start can take a while on a busy runner.
  await expect(page.getByRole('heading', { level: 1, name: 'Beacon API' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('link', { name: 'Leads', exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});
