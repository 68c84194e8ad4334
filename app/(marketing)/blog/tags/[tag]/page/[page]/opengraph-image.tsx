import { renderOgCard } from '@/components/marketing/og-card';

// The blog's social card again: a page that sets its own openGraph does not inherit its parent's card.
export const alt = 'Beacon blog';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard({ label: 'Blog' });
}
