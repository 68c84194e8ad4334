import { renderOgCard } from '@/components/marketing/og-card';

export const alt = 'Contact the Beacon team';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard({ label: 'Contact' });
}
