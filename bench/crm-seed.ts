import postgres from 'postgres';

type Sql = postgres.Sql;

const FIRST = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Liam', 'Maya', 'Noah', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara'];
const LAST = ['Anders', 'Brook', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Silva', 'Tanaka'];
const SOURCES = ['website', 'referral', 'linkedin', 'event', 'import', 'ads'];
const TAGS = ['vip', 'newsletter', 'webinar', 'partner', 'enterprise', 'smb'];
const ACTIVITY_TYPES = ['note', 'call', 'email_sent', 'email_opened', 'form_submitted', 'meeting'];

const pgArray = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * Inserts `count` synthetic leads (and `activitiesPerLead` activities each) into one workspace with
 * generate_series, in chunks so no single statement holds millions of rows. Names, companies and tags are
 * drawn from small fixed lists so fragments like "ander" match a realistic share of rows.
 */
export async function seedLeads(sql: Sql, { orgId, ownerId, count, activitiesPerLead, chunk = 100_000, log = console.log }: {
  orgId: string; ownerId: string; count: number; activitiesPerLead: number; chunk?: number; log?: (line: string) => void;
}) {
  const stages = await sql<{ id: string }[]>`select id from pipeline_stages where org_id = ${orgId} order by position`;
  const stageIds = stages.map((stage) => stage.id);
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    const t0 = performance.now();
    await sql.unsafe(`
      insert into leads (org_id, name, email, company, phone, title, source, stage_id, owner_id, tags, value_cents, score, score_reasons, last_activity_at, created_at, updated_at)
      select '${orgId}',
        (${pgArray(FIRST)})[1 + n % ${FIRST.length}] || ' ' || (${pgArray(LAST)})[1 + (n / ${FIRST.length}) % ${LAST.length}] || ' ' || n,
        'lead' || n || '@company' || (n % 50000) || '.example',
        'Company ' || (n % 50000),
        '+1 555 ' || lpad((n % 10000000)::text, 7, '0'),
        case when n % 4 = 0 then 'Head of Sales' else null end,
        (${pgArray(SOURCES)})[1 + n % ${SOURCES.length}],
        (${pgArray(stageIds)}::uuid[])[1 + n % ${stageIds.length}],
        case when n % 3 = 0 then '${ownerId}'::uuid else null end,
        case when n % 5 = 0 then array[(${pgArray(TAGS)})[1 + n % ${TAGS.length}]] else '{}'::text[] end,
        (n % 100) * 10000,
        (n::bigint * 7919) % 101,
        '[]'::jsonb,
        now() - ((n % 1000) || ' hours')::interval,
        now() - ((${count} - n) * interval '90 seconds'),
        now()
      from generate_series(${start}, ${end - 1}) as n`);
    log(`  leads ${end.toLocaleString('en-US')}/${count.toLocaleString('en-US')} (${Math.round(performance.now() - t0)} ms)`);
  }
  if (activitiesPerLead === 0) return;
  const leadChunk = Math.max(1, Math.floor(chunk / activitiesPerLead));
  const ids = await sql<{ first: string; last: string }[]>`select min(created_at)::text as first, max(created_at)::text as last from leads where org_id = ${orgId}`;
  if (!ids[0]) return;
  // Walk the workspace's leads in created_at windows so each statement inserts about `chunk` activities.
  let done = 0;
  let after = '-infinity';
  for (;;) {
    const t0 = performance.now();
    const [window] = await sql<{ upto: string | null; n: number }[]>`
      select max(created_at)::text as upto, count(*)::int as n from (
        select created_at from leads where org_id = ${orgId} and created_at > ${after}::timestamptz order by created_at limit ${leadChunk}
      ) w`;
    if (!window?.upto) break;
    await sql.unsafe(`
      insert into activities (org_id, lead_id, type, actor_type, body, occurred_at, created_at)
      select l.org_id, l.id, (${pgArray(ACTIVITY_TYPES)})[1 + (abs(hashtext(l.id::text)) + k) % ${ACTIVITY_TYPES.length}]::activity_type, 'system',
        'Benchmark activity ' || k, l.created_at + k * interval '1 day', l.created_at + k * interval '1 day'
      from leads l cross join generate_series(1, ${activitiesPerLead}) as k
      where l.org_id = '${orgId}' and l.created_at > '${after}'::timestamptz and l.created_at <= '${window.upto}'::timestamptz`);
    done += window.n;
    after = window.upto;
    log(`  activities for ${done.toLocaleString('en-US')} leads (${Math.round(performance.now() - t0)} ms)`);
  }
}
