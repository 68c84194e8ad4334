const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);

/**
 * Test setup creates and drops databases. Refuse to do that anywhere but on this machine unless someone
 * says so explicitly, so a stray DATABASE_URL pointing at production can never be wiped.
 */
export function assertLocalDatabaseUrl(url: string) {
  const host = new URL(url).hostname;
  if (LOCAL_HOSTS.has(host) || process.env.BEACON_ALLOW_REMOTE_TEST_DB === '1') return;
  throw new Error(
    `Refusing to run destructive test setup against "${host}". Tests only run against a local Postgres; ` +
      'set BEACON_ALLOW_REMOTE_TEST_DB=1 if this really is a disposable server.',
  );
}
