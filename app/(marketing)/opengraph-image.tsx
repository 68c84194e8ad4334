import { renderOgCard } from '@/components/marketing/og-card';

// Site-wide social card; pages that set their own openGraph metadata carry a copy in their folder.
export const alt = 'Beacon: the AI growth CRM you can host yourself';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return renderOgCard();
}
