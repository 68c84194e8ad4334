import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/marketing/site';

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// The theme's warm dark background and the dark-mode amber primary, as hex for the image renderer.
export const OG_COLORS = { background: '#17120e', amber: '#f0a53a', text: '#f7f3ee', muted: '#c9bfb4' } as const;
const { background: BACKGROUND, amber: AMBER, text: TEXT, muted: MUTED } = OG_COLORS;

/** The card's frame every social card shares: full size, dark, three rows spread top to bottom. */
export function OgFrame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: BACKGROUND,
        color: TEXT,
      }}
    >
      {children}
    </div>
  );
}

/**
 * The social card for marketing pages: the Beacon mark and name, an optional page label, and the tagline.
 * Text stays plain ASCII on purpose: the renderer's bundled font covers it, and a glyph it lacks would make
 * it fetch a fallback font from an external host while prerendering.
 */
export function renderOgCard({ label }: { label?: string } = {}) {
  return new ImageResponse(
    (
      <OgFrame>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
          <div
            style={{
              width: 88,
              height: 88,
              borderRadius: 20,
              background: AMBER,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            {/* The radio-tower mark used by the site logo, drawn inline so nothing is fetched. */}
            <svg width="56" height="56" viewBox="0 0 24 24" fill="none" stroke={BACKGROUND} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M4.9 16.1C1 12.2 1 5.8 4.9 1.9" />
              <path d="M7.8 4.7a6.14 6.14 0 0 0-.8 7.5" />
              <circle cx="12" cy="9" r="2" />
              <path d="M16.2 4.8c2 2 2.26 5.11.8 7.47" />
              <path d="M19.1 1.9a9.96 9.96 0 0 1 0 14.1" />
              <path d="M9.5 18h5" />
              <path d="m8 22 4-11 4 11" />
            </svg>
          </div>
          <div style={{ fontSize: 64, letterSpacing: -1 }}>{SITE_NAME}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
          {label ? <div style={{ fontSize: 36, color: AMBER }}>{label}</div> : null}
          <div style={{ fontSize: 72, lineHeight: 1.1, letterSpacing: -2, maxWidth: 1000 }}>{SITE_TAGLINE}</div>
        </div>
        <div style={{ fontSize: 30, color: MUTED }}>Open source, self-hostable, works offline by default</div>
      </OgFrame>
    ),
    { ...OG_IMAGE_SIZE },
  );
}
