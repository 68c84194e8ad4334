import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspModeFor } from './headers';

/*
 * NONCE_CSP_PATHS is an explicit list, so a new per-request section would silently get the static policy
 * (inline scripts allowed) and a marketing page moved under a nonce prefix would lose its static rendering.
 * This walks the real app/ tree and checks every page against the list.
 */

const APP_DIR = path.join(process.cwd(), 'app');
const PAGE_FILE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const MARKETING_GROUP = '(marketing)';

/** Every page file under app/, as paths relative to app/ with forward slashes. */
function listPageFiles(dir = APP_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listPageFiles(full);
    return PAGE_FILE.test(entry.name) ? [path.relative(APP_DIR, full).split(path.sep).join('/')] : [];
  });
}

/**
 * The URL a page file answers: route groups and parallel-route slots add no segment, and each dynamic
 * segment (`[id]`, `[...rest]`, `[[...rest]]`) is given a sample value.
 */
function routePathOf(file: string): string {
  const segments = file
    .split('/')
    .slice(0, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith('@'))
    .map((segment) => (/^\[.*\]$/.test(segment) ? 'sample' : segment));
  return `/${segments.join('/')}`;
}

/** Pages whose CSP mode is wrong: marketing pages must be static, every other page nonced. */
function findMisconfiguredPages(files: string[]): string[] {
  return files.flatMap((file) => {
    const route = routePathOf(file);
    const expected = file.split('/')[0] === MARKETING_GROUP ? 'static' : 'nonce';
    const actual = cspModeFor(route);
    return actual === expected ? [] : [`${file} (${route}) gets '${actual}', expected '${expected}'`];
  });
}

describe('routePathOf', () => {
  it('drops route groups and slots and fills dynamic segments', () => {
    expect(routePathOf('(marketing)/page.tsx')).toBe('/');
    expect(routePathOf('(marketing)/blog/tags/[tag]/page/[page]/page.tsx')).toBe('/blog/tags/sample/page/sample');
    expect(routePathOf('app/[orgSlug]/(overview)/page.tsx')).toBe('/app/sample');
    expect(routePathOf('(auth)/invite/[token]/page.tsx')).toBe('/invite/sample');
    expect(routePathOf('docs/@modal/[...rest]/page.tsx')).toBe('/docs/sample');
  });
});

describe('findMisconfiguredPages', () => {
  it('reports a per-request page missing from the nonce list and a marketing page under it', () => {
    expect(findMisconfiguredPages(['(auth)/sign-in/page.tsx', '(marketing)/pricing/page.tsx'])).toEqual([]);
    expect(findMisconfiguredPages(['portal/[id]/page.tsx', '(auth)/welcome/page.tsx', '(marketing)/app-features/page.tsx'])).toEqual([
      "portal/[id]/page.tsx (/portal/sample) gets 'static', expected 'nonce'",
      "(auth)/welcome/page.tsx (/welcome) gets 'static', expected 'nonce'",
    ]);
    expect(findMisconfiguredPages(['(marketing)/admin/page.tsx', 'api/page.tsx'])).toEqual([
      "(marketing)/admin/page.tsx (/admin) gets 'nonce', expected 'static'",
      "api/page.tsx (/api) gets 'none', expected 'nonce'",
    ]);
  });
});

describe('the CSP of every page in app/', () => {
  it('is the nonce policy outside the marketing site and the static one inside it', () => {
    const pages = listPageFiles();
    // Guards the walk itself: a broken path would find nothing and pass vacuously.
    expect(pages).toContain('(marketing)/page.tsx');
    expect(pages).toContain('f/[formId]/page.tsx');
    expect(pages.filter((file) => file.startsWith(`${MARKETING_GROUP}/`)).length).toBeGreaterThan(1);
    expect(findMisconfiguredPages(pages)).toEqual([]);
  });
});
