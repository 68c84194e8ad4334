import { expect, type APIRequestContext } from '@playwright/test';
import { E2E_PASSWORD } from './db';

/** Signs in through the JSON endpoint the sign-in form uses; the session cookie lands in the context. */
export async function signInByApi(request: APIRequestContext, baseURL: string, email: string, password = E2E_PASSWORD) {
  const response = await request.post('/api/session/password', {
    data: { email, password },
    headers: { origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(200);
}
