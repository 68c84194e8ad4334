import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AiUsageOverview } from '@/lib/ai/usage-overview';
import { ProviderCard } from './provider-card';
import { UsageCard } from './usage-card';

const MODELS = { chat: 'beacon-offline-writer', reply: 'beacon-offline-writer', strategy: 'beacon-offline-writer', content: 'beacon-offline-writer' };

function overview(overrides: Partial<AiUsageOverview> = {}): AiUsageOverview {
  const zero = { inputTokens: 0, outputTokens: 0, totalTokens: 0, requests: 0, cachedRequests: 0 };
  return {
    provider: { kind: 'offline', models: MODELS },
    planName: 'Free',
    month: '2026-05',
    resetsAt: new Date('2026-06-01T00:00:00Z'),
    allowance: 100_000,
    used: 0,
    level: 'ok',
    features: (['chat', 'strategy', 'content', 'reply'] as const).map((feature) => ({ feature, ...zero })),
    requests: 0,
    cachedRequests: 0,
    upgradeUrl: '/pricing',
    ...overrides,
  };
}

describe('ProviderCard', () => {
  it('says plainly that no model is connected and how to connect one', () => {
    const html = renderToStaticMarkup(<ProviderCard kind="offline" models={MODELS} />);
    expect(html).toContain('Offline writer — no AI model is connected.');
    expect(html).toContain('OPENAI_API_KEY');
    expect(html).toContain('AI_BASE_URL');
    expect(html).toContain('README');
  });

  it('lists the model of each task for a connected provider', () => {
    const html = renderToStaticMarkup(<ProviderCard kind="openai" models={{ chat: 'gpt-4.1-mini', reply: 'gpt-4.1-mini', strategy: 'gpt-4.1', content: 'gpt-4.1-mini' }} />);
    expect(html).toContain('OpenAI');
    expect(html).not.toContain('no AI model is connected');
    expect(html).toContain('gpt-4.1<');
    expect(html).toContain('AI_MODEL_STRATEGY');
  });
});

describe('UsageCard', () => {
  it('shows an empty state and the allowance before any request', () => {
    const html = renderToStaticMarkup(<UsageCard overview={overview()} canUpgrade />);
    expect(html).toContain('Usage in May 2026');
    expect(html).toContain('No AI requests yet this month.');
    expect(html).toContain('aria-valuetext="0 of 100,000 tokens (0%)"');
    expect(html).not.toContain('role="status"');
  });

  it('shows per-feature counts and an upgrade link near the limit', () => {
    const features = overview().features.map((row) => (row.feature === 'chat' ? { ...row, inputTokens: 70_000, outputTokens: 15_000, totalTokens: 85_000, requests: 40, cachedRequests: 6 } : row));
    const html = renderToStaticMarkup(<UsageCard overview={overview({ features, used: 85_000, requests: 40, cachedRequests: 6, level: 'near' })} canUpgrade />);
    expect(html).toContain('85,000 of 100,000 tokens (85%)');
    expect(html).toContain('>70,000<');
    expect(html).toContain('role="status"');
    expect(html).toContain('href="/pricing"');
  });

  it('tells members who cannot upgrade that AI is paused until the reset', () => {
    const html = renderToStaticMarkup(<UsageCard overview={overview({ used: 100_000, requests: 1, level: 'over' })} canUpgrade={false} />);
    expect(html).toContain('paused until the allowance resets on June 1');
    expect(html).toContain('The workspace owner can upgrade');
    expect(html).not.toContain('href="/pricing"');
  });
});
