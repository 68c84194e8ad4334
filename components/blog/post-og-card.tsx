import { ImageResponse } from 'next/og';
import { OG_COLORS, OG_IMAGE_SIZE, OgFrame } from '@/components/marketing/og-card';
import { SITE_NAME } from '@/lib/marketing/site';

export const POST_OG_SIZE = OG_IMAGE_SIZE;
const { amber: AMBER, muted: MUTED } = OG_COLORS;

/**
 * Exactly the characters the renderer's bundled font (Geist) has glyphs for among ASCII, Latin-1, Latin
 * Extended-A and typographic punctuation. Anything else, emoji included, would make the renderer download a
 * font or emoji image from an external host, so it is left out of the picture (the page's title is intact).
 */
const NOT_IN_FONT =
  /[^\u0020-\u007E\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/gu;

export function toCardText(text: string): string {
  return text
    .replace(NOT_IN_FONT, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A post's social card: the site name, "Blog", the title and, when known, the author. */
export function renderPostOgCard({ title, authorName }: { title: string; authorName: string | null }) {
  const cardTitle = toCardText(title) || `${SITE_NAME} blog`;
  const byline = authorName ? toCardText(authorName) : '';
  return new ImageResponse(
    (
      <OgFrame>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 40 }}>
          <div style={{ width: 24, height: 24, borderRadius: 6, background: AMBER }} />
          <div style={{ display: 'flex' }}>{SITE_NAME}</div>
          <div style={{ display: 'flex', color: AMBER }}>Blog</div>
        </div>
        <div style={{ display: 'flex', fontSize: cardTitle.length > 70 ? 56 : 68, lineHeight: 1.15, letterSpacing: -1.5, maxWidth: 1040 }}>
          {cardTitle}
        </div>
        <div style={{ display: 'flex', fontSize: 30, color: MUTED }}>{byline ? `By ${byline}` : `${SITE_NAME}, open-source growth CRM`}</div>
      </OgFrame>
    ),
    { ...POST_OG_SIZE },
  );
}
