import pino from 'pino';

// Paths pino blanks out wherever they appear in a log object: secrets must never reach the logs.
const REDACT_PATHS = [
  'password', '*.password', 'passwordHash', '*.passwordHash', 'token', '*.token', 'secret', '*.secret',
  'apiKey', '*.apiKey', 'authorization', '*.authorization', 'headers.authorization', 'headers.cookie',
  'cookie', '*.cookie', 'databaseUrl', '*.databaseUrl', 'DATABASE_URL', '*.DATABASE_URL',
];

/** Structured JSON logs (one object per line). Read LOG_LEVEL directly so importing this never validates env. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'beacon' },
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
});

export function requestLogger(requestId: string) {
  return log.child({ requestId });
}

/** Removes the password from a connection URL so it can be printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[invalid url]';
  }
}
