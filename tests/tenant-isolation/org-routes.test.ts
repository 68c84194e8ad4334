import { describe, expect, it, vi } from 'vitest';
import { POST as assistantChat } from '@/app/api/orgs/[orgSlug]/assistant/chat/route';
import { createThread } from '@/lib/ai/chat/threads';
import { GET as getAuditLogs } from '@/app/api/orgs/[orgSlug]/audit-logs/route';
import { GET as getImportErrors } from '@/app/api/orgs/[orgSlug]/imports/[importId]/errors.csv/route';
import { GET as getImportStatus } from '@/app/api/orgs/[orgSlug]/imports/[importId]/route';
import { POST as startImportRoute } from '@/app/api/orgs/[orgSlug]/imports/[importId]/start/route';
import { GET as listImportsRoute, POST as uploadImport } from '@/app/api/orgs/[orgSlug]/imports/route';
import { GET as exportLeads } from '@/app/api/orgs/[orgSlug]/leads/export/route';
import { GET as getLeadActivities } from '@/app/api/orgs/[orgSlug]/leads/[leadId]/activities/route';
import { GET as searchLeads } from '@/app/api/orgs/[orgSlug]/leads/search/route';
import { GET as getNotifications } from '@/app/api/orgs/[orgSlug]/notifications/route';
import { POST as generatePosts } from '@/app/api/orgs/[orgSlug]/content/generate/route';
import { GET as getV1Org } from '@/app/api/v1/org/route';
import type { OrgRole } from '@/db/schema';
import { createApiKey } from '@/lib/auth/api-keys';
import { listActivities } from '@/lib/leads/activities';
import { createImport, getImport } from '@/lib/leads/import/imports';
import { getLead } from '@/lib/leads/queries';
import { API_KEY_SCOPES } from '@/lib/orgs/permissions';
import { getSessionUser } from '@/lib/server/session';
import { getTask } from '@/lib/tasks/tasks';
import { callApi, v1RouteMethods } from '@/tests/helpers/api-v1';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { aiSecretsOfA, asSession, createIsolationWorkspaces, readAiRows, type IsolationWorkspaces } from './fixtures';
import { V1_ROUTES } from './v1-routes';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: () => null, create: createIsolationWorkspaces });

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

type SessionRoute = {
  name: string;
  handler: Handler;
  minimumRole: OrgRole;
  query?: string;
  badQuery?: string;
  /** A POST route's JSON body, naming workspace A's objects where it takes ids. */
  body?: (w: IsolationWorkspaces) => unknown;
  badBody?: unknown;
};

/** Every session route under /api/orgs/{orgSlug}; later features add theirs here. */
const SESSION_ROUTES: SessionRoute[] = [
  { name: 'GET audit-logs', handler: getAuditLogs as Handler, minimumRole: 'admin', badQuery: 'limit=5000' },
  { name: 'GET imports', handler: listImportsRoute as Handler, minimumRole: 'member' },
  { name: 'GET leads/export', handler: exportLeads as Handler, minimumRole: 'member', badQuery: 'columns=name,password' },
  { name: 'GET leads/search', handler: searchLeads as Handler, minimumRole: 'member', query: 'q=lead', badQuery: 'q=' },
  // The harness passes only orgSlug; the lead id and its 404s are covered in the route's own test.
  { name: 'GET leads/{leadId}/activities', handler: getLeadActivities as Handler, minimumRole: 'member', badQuery: 'limit=5000' },
  { name: 'GET notifications', handler: getNotifications as Handler, minimumRole: 'member', badQuery: 'limit=5000&unreadOnly=maybe' },
  // Its 402 answers are covered in the route's own test.
  { name: 'POST content/generate', handler: generatePosts as Handler, minimumRole: 'member', body: () => ({ platform: 'linkedin', count: 1 }), badBody: { platform: 'myspace', count: 0 } },
  {
    name: 'POST assistant/chat', handler: assistantChat as Handler, minimumRole: 'member',
    body: (w) => chatTurn(w.a.thread.id, 'route-harness'), badBody: { threadId: 'nope', trigger: 'shout', message: { id: 'x', role: 'user', parts: [] } },
  },
];

function chatTurn(threadId: string, messageId: string) {
  return { threadId, trigger: 'submit-message', message: { id: messageId, role: 'user', parts: [{ type: 'text', text: 'Show me the thread' }] } };
}

function request(slug: string, { query = '', body }: { query?: string; body?: unknown } = {}) {
  const url = `http://beacon.test/api/orgs/${slug}/x?${query}`;
  if (body === undefined) return new Request(url);
  const headers = { origin: 'http://beacon.test', host: 'beacon.test', 'content-type': 'application/json' };
  return new Request(url, { method: 'POST', headers, body: JSON.stringify(body) });
}

const call = (route: SessionRoute, slug: string, { bad = false } = {}) =>
  route.handler(request(slug, bad ? { query: route.badQuery, body: route.badBody } : { query: route.query, body: route.body?.(w) }), {
    params: Promise.resolve({ orgSlug: slug }),
  });

describe.each(SESSION_ROUTES)('route $name', (route) => {
  it('answers 401 without a session', async () => {
    expect((await call(route, w.a.org.slug)).status).toBe(401);
  });

  it("answers 404 to another workspace's owner and leaves A's AI objects alone", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const response = await call(route, w.a.org.slug);
    expect(response.status).toBe(404);
    const text = await response.text();
    for (const secret of aiSecretsOfA(w.a)) expect(text).not.toContain(secret);
    expect(await readAiRows(testDb.db, w.a.org.id)).toEqual(w.a.aiRows);
  });

  it('answers 403 to a role below its permission', async () => {
    if (route.minimumRole === 'member') return;
    sessionUser.mockResolvedValue(asSession(route.minimumRole === 'owner' ? w.a.admin : w.a.member));
    expect((await call(route, w.a.org.slug)).status).toBe(403);
  });

  it('answers 422 with field errors to bad input', async () => {
    if (!route.badQuery && route.badBody === undefined) return;
    sessionUser.mockResolvedValue(asSession(w.a.owner));
    const response = await call(route, w.a.org.slug, { bad: true });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.length).toBeGreaterThan(0);
  });
});

describe("another workspace's lead import", () => {
  it("answers 404 to workspace B's owner for A's import id on every import route, and leaves it alone", async () => {
    const ctxA = ctxFor(testDb.db, w.a.org, w.a.owner, 'owner');
    const { import: importA } = await createImport(ctxA, { fileName: 'a.csv', file: Buffer.from('Name,Email\nAda,ada@a.test\n') });
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    for (const slug of [w.b.org.slug, w.a.org.slug]) {
      const base = `http://beacon.test/api/orgs/${slug}/imports/${importA.id}`;
      const params = () => ({ params: Promise.resolve({ orgSlug: slug, importId: importA.id }) });
      expect((await getImportStatus(new Request(base), params())).status).toBe(404);
      expect((await getImportErrors(new Request(`${base}/errors.csv`), params())).status).toBe(404);
      const start = new Request(`${base}/start`, {
        method: 'POST',
        headers: { origin: 'http://beacon.test', host: 'beacon.test', 'content-type': 'application/json' },
        body: JSON.stringify({ mapping: { Name: 'name' } }),
      });
      expect((await startImportRoute(start, params())).status).toBe(404);
    }
    const listB = await listImportsRoute(new Request(`http://beacon.test/api/orgs/${w.b.org.slug}/imports`), { params: Promise.resolve({ orgSlug: w.b.org.slug }) });
    expect(await listB.json()).toEqual({ items: [] });
    const form = new FormData();
    form.set('file', new File(['Name\nBea\n'], 'b.csv', { type: 'text/csv' }));
    const upload = new Request(`http://beacon.test/api/orgs/${w.a.org.slug}/imports`, { method: 'POST', headers: { origin: 'http://beacon.test', host: 'beacon.test' }, body: form });
    expect((await uploadImport(upload, { params: Promise.resolve({ orgSlug: w.a.org.slug }) })).status).toBe(404);
    expect(await getImport(testDb.db, { orgId: w.a.org.id, importId: importA.id })).toMatchObject({ status: 'uploaded', mapping: {} });
  });
});

describe('API keys on workspace routes', () => {
  it("answer 404 for a workspace other than the key's own", async () => {
    const { secret } = await createApiKey(ctxFor(testDb.db, w.b.org, w.b.owner, 'owner'), { name: 'B', scopes: ['org.read'] });
    const response = await getAuditLogs(new Request(`http://beacon.test/api/orgs/${w.a.org.slug}/audit-logs`, { headers: { authorization: `Bearer ${secret}` } }), {
      params: Promise.resolve({ orgSlug: w.a.org.slug }),
    });
    expect(response.status).toBe(404);
  });
});

describe('API v1 routes', () => {
  it("serve a key only its own workspace's data", async () => {
    const { secret } = await createApiKey(ctxFor(testDb.db, w.b.org, w.b.owner, 'owner'), { name: 'B', scopes: ['org.read'] });
    const response = await getV1Org(new Request('http://beacon.test/api/v1/org', { headers: { authorization: `Bearer ${secret}` } }), { params: Promise.resolve({}) });
    const body = await response.json();
    expect(body.id).toBe(w.b.org.id);
    expect(JSON.stringify(body)).not.toContain(w.a.org.id);
  });

  it('list every v1 route file method in the harness', () => {
    expect([...new Set(V1_ROUTES.map((c) => c.route))].sort()).toEqual(v1RouteMethods().filter((r) => r !== 'GET /openapi.json').sort());
  });

  it.each(V1_ROUTES)("$route with workspace A's ids answers $expectStatus to a workspace-B key and leaks nothing", async (c) => {
    const { secret } = await createApiKey(ctxFor(testDb.db, w.b.org, w.b.owner, 'owner'), { name: 'B all', scopes: [...API_KEY_SCOPES] });
    const [method] = c.route.split(' ');
    const response = await callApi(c.handler, { path: c.path(w), method, params: c.params?.(w), body: c.body?.(w), secret });
    expect(response.status).toBe(c.expectStatus);
    const text = await response.text();
    for (const id of [w.a.org.id, w.a.lead.id, w.a.secondLead.id, w.a.task.id, w.a.stage.id]) expect(text).not.toContain(id);
    if (c.expectStatus === 200 && text.includes('"items"')) expect(JSON.parse(text).items).toEqual([]);
    // Whatever B sent, A's objects are as they were.
    expect(await getLead(testDb.db, { orgId: w.a.org.id, leadId: w.a.lead.id })).toMatchObject({ name: w.a.lead.name, email: w.a.lead.email });
    expect(await getTask(testDb.db, { orgId: w.a.org.id, taskId: w.a.task.id })).toMatchObject({ title: w.a.task.title, status: w.a.task.status });
    expect(await listActivities(testDb.db, { orgId: w.a.org.id, leadId: w.a.lead.id, limit: 50 }).then((page) => page.items.map((a) => a.type))).toEqual(['task_created']);
  });
});

describe("another workspace's assistant thread", () => {
  const post = (slug: string, body: unknown) => assistantChat(request(slug, { body }), { params: Promise.resolve({ orgSlug: slug }) });

  it("answers 404 to workspace B's owner for A's owner's thread on either slug, and stores nothing", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    for (const slug of [w.a.org.slug, w.b.org.slug]) {
      const response = await post(slug, chatTurn(w.a.thread.id, `m-${slug}`));
      expect(response.status).toBe(404);
      const text = await response.text();
      for (const secret of aiSecretsOfA(w.a)) expect(text).not.toContain(secret);
    }
    const regenerate = { ...chatTurn(w.a.thread.id, w.a.threadMessage.id), trigger: 'regenerate-message', messageId: w.a.threadMessage.id };
    expect((await post(w.b.org.slug, regenerate)).status).toBe(404);
    expect(await readAiRows(testDb.db, w.a.org.id)).toEqual(w.a.aiRows);
    expect(await testDb.db.query.aiMessages.findMany({ where: (m, { ne }) => ne(m.orgId, w.a.org.id) })).toEqual([]);
  });

  it("refuses A's message id in B's own thread and leaves A's message where it is", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const threadB = await createThread(ctxFor(testDb.db, w.b.org, w.b.owner, 'owner'));
    const response = await post(w.b.org.slug, chatTurn(threadB.id, w.a.threadMessage.id));
    expect(response.status).toBe(409);
    expect(await response.text()).not.toContain('Message text of A only');
    expect(await readAiRows(testDb.db, w.a.org.id)).toEqual(w.a.aiRows);
  });
});
