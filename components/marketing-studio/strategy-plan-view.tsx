import type { StrategyPlan } from '@/db/schema/ai';
import { PLATFORM_LABELS } from '@/lib/ai/content/platform-labels';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-2">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** One strategy version, read-only. */
export function StrategyPlanView({ plan }: { plan: StrategyPlan }) {
  return (
    <div className="grid gap-6">
      <p className="max-w-prose leading-relaxed">{plan.summary}</p>
      <Section title="Platforms">
        <ul className="grid gap-3 sm:grid-cols-2">
          {plan.platforms.map((item) => (
            <li key={item.platform} className="grid gap-1 rounded-md border p-3">
              <p className="font-medium">
                {PLATFORM_LABELS[item.platform]} <span className="text-sm font-normal text-muted-foreground">· {item.postsPerWeek} posts a week</span>
              </p>
              <p className="text-sm text-muted-foreground">{item.reason}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Content pillars">
        <ul className="grid gap-2">
          {plan.pillars.map((pillar) => (
            <li key={pillar.name} className="text-sm">
              <span className="font-medium">{pillar.name}</span>
              <span className="text-muted-foreground">: {pillar.description}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Tone and voice">
        <p className="text-sm">{plan.tone}</p>
        <ul className="grid list-disc gap-1 pl-5 text-sm text-muted-foreground">
          {plan.voiceGuidelines.map((guideline) => (
            <li key={guideline}>{guideline}</li>
          ))}
        </ul>
      </Section>
      <Section title="KPIs">
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {plan.kpis.map((kpi) => (
            <div key={kpi.name} className="contents">
              <dt className="font-medium">{kpi.name}</dt>
              <dd className="text-muted-foreground">{kpi.target}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
