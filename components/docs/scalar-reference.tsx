'use client';

import { ApiReferenceReact, type AnyApiReferenceConfiguration } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';
import { useMemo } from 'react';

// Beacon's accent in Scalar's palette; everything else keeps Scalar's own theme.
const CUSTOM_CSS = `
.light-mode, .dark-mode { --scalar-color-accent: var(--primary); }
.scalar-app { --scalar-radius: var(--radius); }
`;

/**
 * Scalar's interactive reference for /api/v1, set up to work offline and under our CSP: no web fonts from
 * its CDN, no telemetry, no AI agent, MCP or developer toolbar (they call scalar.com), and "try it" requests
 * go straight to this origin (no proxyUrl), which connect-src 'self' allows.
 */
export function ScalarReference({ dark }: { dark: boolean }) {
  const configuration = useMemo<AnyApiReferenceConfiguration>(
    () => ({
      url: '/api/v1/openapi.json',
      withDefaultFonts: false,
      telemetry: false,
      showDeveloperTools: 'never',
      // The hosted API client lives on scalar.com: offline installs cannot reach it, and it would fetch our document from there.
      hideClientButton: true,
      agent: { disabled: true },
      mcp: { disabled: true },
      persistAuth: false,
      authentication: { preferredSecurityScheme: 'apiKey' },
      defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
      documentDownloadType: 'json',
      // The page's own toggle drives both the header and the reference.
      hideDarkModeToggle: true,
      forceDarkModeState: dark ? 'dark' : 'light',
      customCss: CUSTOM_CSS,
    }),
    [dark],
  );
  return <ApiReferenceReact configuration={configuration} />;
}
