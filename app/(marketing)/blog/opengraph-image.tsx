import { renderOgCard } from '@/components/marketing/og-card';

// The social card of the blog's listing pages; the later pages and tag pages reuse it.
export const alt = 'Beacon blog';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard({ label: 'Blog' });
}
