// npm run bench [name…]: runs Beacon's benchmarks against DATABASE_URL (the embedded server when unset)
// and prints their figures. Benchmarks measure; they never pass or fail.
import { getDbMode } from '@/db';
import { redactUrl } from '@/lib/log';
import { crmLoad } from './crm-load';
import { dbRoundtrip } from './db-roundtrip';
import { insightsScan } from './insights-scan';
import { leadImport } from './lead-import';
import { lighthouseAudit } from './lighthouse';

const BENCHMARKS: Record<string, (url: string) => Promise<Record<string, unknown>>> = {
  'db-roundtrip': dbRoundtrip,
  'crm-load': crmLoad,
  'lead-import': leadImport,
  lighthouse: lighthouseAudit,
  'insights-scan': insightsScan,
};

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (run this through `npm run bench`).');
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHMARKS);
  console.log(`Database: ${redactUrl(url)} (${getDbMode()})`);
  for (const name of names) {
    const benchmark = BENCHMARKS[name];
    if (!benchmark) throw new Error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHMARKS).join(', ')}`);
    console.log(`\n${name}`);
    console.table(await benchmark(url));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
