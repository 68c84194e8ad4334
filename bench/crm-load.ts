import postgres from 'postgres';
import { createDb } from '@/db';
import { withDatabase } from '@/db/embedded';
import { runMigrations } from '@/db/migrations';
import { createApiKey } from '@/lib/auth/api-keys';
import { encodeLeadCursor } from '@/lib/leads/lead-sort';
import { createOrg } from '@/lib/orgs/orgs';
import { users } from '@/db/schema';
import { seedLeads } from './crm-seed';
import { runScenario, type Scenario } from './http-load';
import { startBenchServer } from './server';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const ACTIVITIES_PER_LEAD = Number(process.env.BENCH_ACTIVITIES_PER_LEAD ?? 5);
const SMALL_WORKSPACES = 10;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const DATABASE = 'beacon_bench_crm';

/** Creates (or reuses, when seeded with the same size) the benchmark database and returns the big workspace. */
export async function prepareDatabase(serverUrl: string, fresh: boolean) {
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  const exists = (await admin`select 1 from pg_database where datname = ${DATABASE}`).length > 0;
  if (exists && fresh) await admin.unsafe(`drop database "${DATABASE}" with (force)`);
  if (!exists || fresh) await admin.unsafe(`create database "${DATABASE}"`);
  await admin.end();
  const url = withDatabase(serverUrl, DATABASE);
  await runMigrations(url);
  const { db, client } = createDb(url, { max: 2 });
  const [big] = await client<{ id: string; owner: string; n: number }[]>`
    select o.id, m.user_id as owner, (select count(*)::int from leads l where l.org_id = o.id) as n
    from orgs o join org_members m on m.org_id = o.id and m.role = 'owner' where o.slug = 'bench-big'`;
  let org = big ? { id: big.id, ownerId: big.owner } : null;
  if (!big || big.n !== LEADS) {
    if (big) throw new Error(`${DATABASE} holds ${big.n} leads, not ${LEADS}: run with --fresh.`);
    console.log(`Seeding ${LEADS.toLocaleString('en-US')} leads × ${ACTIVITIES_PER_LEAD} activities (and ${SMALL_WORKSPACES} small workspaces)…`);
    const t0 = performance.now();
    for (let i = 0; i <= SMALL_WORKSPACES; i++) {
      const slug = i === 0 ? 'bench-big' : `bench-small-${i}`;
      const [owner] = await db.insert(users).values({ email: `${slug}@bench.example`, name: `Owner ${slug}`, emailVerified: new Date() }).returning();
      const created = await createOrg(db, owner!.id, { name: slug, slug });
      await seedLeads(client, { orgId: created.id, ownerId: owner!.id, count: i === 0 ? LEADS : 1_000, activitiesPerLead: ACTIVITIES_PER_LEAD, log: i === 0 ? console.log : () => {} });
      if (i === 0) org = { id: created.id, ownerId: owner!.id };
    }
    await client.unsafe('vacuum analyze');
    console.log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return { url, db, client, org: org! };
}

/**
 * The CRM at scale: 1,000,000 leads with 5,000,000 activities in one workspace (plus 10 small ones),
 * measured over HTTP against the production server at concurrency 10. `--fresh` reseeds.
 */
export async function crmLoad(serverUrl: string) {
  const { url, db, client, org } = await prepareDatabase(serverUrl, process.argv.includes('--fresh'));
  const [owner] = await client<{ id: string; email: string; name: string | null; is_staff: boolean }[]>`select id, email, name, is_staff from users where id = ${org.ownerId}`;
  const [orgRow] = await client<{ slug: string; name: string; plan: 'free' | 'pro' | 'enterprise' }[]>`select slug, name, plan from orgs where id = ${org.id}`;
  const ctx = { db, user: { id: owner!.id, email: owner!.email, name: owner!.name, isStaff: owner!.is_staff }, org: { id: org.id, ...orgRow! }, role: 'owner' as const, actor: 'user' as const, now: new Date() };
  const { secret } = await createApiKey(ctx, { name: `bench ${Date.now()}`, scopes: ['leads.read'] });

  // A cursor half-way down the list, as a client paging that deep would hold.
  const [deep] = await client<{ at: string; id: string }[]>`
    select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, id from leads
    where org_id = ${org.id} order by created_at desc, id desc offset ${Math.floor(LEADS / 2)} limit 1`;
  const [stage] = await client<{ id: string }[]>`select id from pipeline_stages where org_id = ${org.id} order by position offset 2 limit 1`;
  const sample = await client<{ id: string }[]>`select id from leads where org_id = ${org.id} and created_at > now() - interval '30 days' limit 1000`;
  let next = 0;
  const scenarios: Scenario[] = [
    { name: 'list, first page', path: '/api/v1/leads?limit=50' },
    { name: 'list, deep cursor page', path: `/api/v1/leads?limit=50&cursor=${encodeLeadCursor('created_desc', deep!.at, deep!.id)}` },
    { name: 'list, filtered (stage + score ≥ 70)', path: `/api/v1/leads?limit=50&stageId=${stage!.id}&scoreMin=70` },
    { name: 'search "ander"', path: '/api/v1/leads?limit=50&q=ander' },
    { name: 'lead detail', path: () => `/api/v1/leads/${sample[next++ % sample.length]!.id}` },
  ];

  const server = await startBenchServer({ databaseUrl: url, port: PORT, env: { API_RATE_LIMIT_PER_MINUTE: '1000000' } });
  const results = [];
  try {
    const headers = { authorization: `Bearer ${secret}` };
    await runScenario(`http://127.0.0.1:${PORT}`, scenarios[0]!, { connections: CONNECTIONS, durationSeconds: 3, headers }); // warm-up
    for (const scenario of scenarios) {
      results.push(await runScenario(`http://127.0.0.1:${PORT}`, scenario, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, headers }));
    }
  } finally {
    server.kill('SIGTERM');
    await client.end();
  }
  return Object.fromEntries(results.map(({ scenario, ...row }) => [scenario, row]));
}
