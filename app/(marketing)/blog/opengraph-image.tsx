import { renderOgCard } from '@/components/marketing/og-card';

// The social card of the blog's listing pages (they name it explicitly in their metadata).
export const alt = 'Beacon blog';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard({ label: 'Blog' });
}
