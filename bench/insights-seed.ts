import type postgres from 'postgres';

type Sql = postgres.Sql;

// Orgs per INSERT … SELECT: 1,000 workspaces × 100 leads is 100,000 rows a statement.
const ORG_CHUNK = 1_000;

/**
 * Seeds `orgs` workspaces (one owner each, the default six-stage pipeline) with `leadsPerOrg` leads, one
 * timeline entry per lead by its owner, ten tasks and, in a third of them, two posts, all with generate_series.
 * The numbers vary per workspace so every rule fires somewhere: about half the leads are stale, a share of
 * the tasks is overdue (0–7 per workspace), every seventh workspace has a pipeline that stopped moving.
 */
export async function seedInsightWorkspaces(sql: Sql, { orgs, leadsPerOrg, log }: { orgs: number; leadsPerOrg: number; log: (line: string) => void }) {
  await sql.unsafe(`create unlogged table bench_orgs (n int primary key, org_id uuid not null, owner_id uuid not null)`);
  await sql.unsafe(`
    insert into users (email, name, email_verified)
    select 'owner' || n || '@bench.example', 'Owner ' || n, now() from generate_series(1, ${orgs}) as n`);
  await sql.unsafe(`
    insert into orgs (name, slug, plan)
    select 'Bench ' || n, 'bench-' || n,
      (case when n % 10 = 0 then 'enterprise' when n % 4 = 0 then 'pro' else 'free' end)::plan
    from generate_series(1, ${orgs}) as n`);
  await sql.unsafe(`
    insert into bench_orgs (n, org_id, owner_id)
    select n, o.id, u.id from generate_series(1, ${orgs}) as n
    join orgs o on o.slug = 'bench-' || n
    join users u on u.email = 'owner' || n || '@bench.example'`);
  await sql.unsafe(`insert into org_members (org_id, user_id, role) select org_id, owner_id, 'owner' from bench_orgs`);
  await sql.unsafe(`
    insert into pipeline_stages (org_id, name, position, is_won, is_lost)
    select b.org_id, s.name, s.position, s.position = 4, s.position = 5
    from bench_orgs b cross join (values ('New', 0), ('Contacted', 1), ('Qualified', 2), ('Proposal', 3), ('Won', 4), ('Lost', 5)) as s(name, position)`);
  log(`  ${orgs.toLocaleString('en-US')} workspaces, owners and pipelines`);

  for (let from = 1; from <= orgs; from += ORG_CHUNK) {
    const to = Math.min(orgs, from + ORG_CHUNK - 1);
    const t0 = performance.now();
    await sql.unsafe(`
      insert into leads (org_id, name, email, stage_id, owner_id, score, last_activity_at, stage_changed_at, created_at, updated_at)
      select b.org_id, 'Lead ' || b.n || '-' || k, 'lead' || k || '@org' || b.n || '.example', s.id,
        case when k % 3 <> 0 then b.owner_id end,
        (k * 7919 + b.n) % 101,
        case when k % 10 <> 0 then now() - ((k * 13 + b.n) % 14) * interval '1 day' - (k % 24) * interval '1 hour' end,
        now() - (case when b.n % 7 = 0 then 20 + k % 30 else (k * 17 + b.n) % 45 end) * interval '1 day',
        now() - ((k * 7 + b.n) % 90 + 31) * interval '1 day',
        now()
      from bench_orgs b cross join generate_series(1, ${leadsPerOrg}) as k
      join pipeline_stages s on s.org_id = b.org_id and s.position = k % 6
      where b.n between ${from} and ${to}`);
    await sql.unsafe(`
      insert into activities (org_id, lead_id, type, actor_type, actor_user_id, body, occurred_at, created_at)
      select l.org_id, l.id, 'call', 'user', l.owner_id, 'Benchmark call', coalesce(l.last_activity_at, l.created_at), coalesce(l.last_activity_at, l.created_at)
      from leads l join bench_orgs b on b.org_id = l.org_id
      where b.n between ${from} and ${to}`);
    await sql.unsafe(`
      insert into tasks (org_id, title, due_at, status, assignee_id)
      select b.org_id, 'Task ' || k, now() + (k - 1 - b.n % 8) * interval '1 day',
        (case when k % 4 = 0 then 'completed' else 'pending' end)::task_status, b.owner_id
      from bench_orgs b cross join generate_series(1, 10) as k
      where b.n between ${from} and ${to}`);
    await sql.unsafe(`
      insert into content_posts (org_id, platform, body, created_at)
      select b.org_id, 'linkedin', 'Benchmark post', now() - ((b.n + k * 5) % 14) * interval '1 day'
      from bench_orgs b cross join generate_series(1, 2) as k
      where b.n % 3 = 0 and b.n between ${from} and ${to}`);
    log(`  workspaces ${to.toLocaleString('en-US')}/${orgs.toLocaleString('en-US')} seeded (${Math.round(performance.now() - t0)} ms)`);
  }
  await sql.unsafe('vacuum analyze');
}
