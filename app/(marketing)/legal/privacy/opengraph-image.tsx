import { renderOgCard } from '@/components/marketing/og-card';

export const alt = 'Beacon privacy notice';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard({ label: 'Privacy notice' });
}
