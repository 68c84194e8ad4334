import { renderOgCard } from '@/components/marketing/og-card';

export const alt = 'Beacon terms of use';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard({ label: 'Terms of use' });
}
