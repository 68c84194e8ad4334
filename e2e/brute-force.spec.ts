import { expect, test } from '@playwright/test';
import { seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('the 11th wrong password within a minute is refused with 429 and Retry-After', async ({ request, baseURL }) => {
  const user = await seedUser();
  const attempt = () =>
    request.post('/api/session/password', { data: { email: user.email, password: 'definitely-wrong-password' }, headers: { origin: baseURL! } });
  for (let i = 1; i <= 10; i++) expect((await attempt()).status(), `attempt ${i}`).toBe(401);
  const locked = await attempt();
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await locked.json()).detail).toMatch(/Too many sign-in attempts/);
});
