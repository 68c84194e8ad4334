import type { LanguageModelV4Middleware } from '@ai-sdk/provider';
import type { Db } from '@/db';
import type { Plan } from '@/db/schema';
import { getPlan } from '@/lib/billing/plans';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { AppError } from '@/lib/errors';
import { getMonthTokens, usageMonth } from './usage';

export type AiOrg = { id: string; slug: string; plan: Plan };

export type AiAllowance = {
  month: string;
  used: number;
  allowance: number;
  /** First moment of the next month (UTC), when the allowance starts again. */
  resetsAt: Date;
};

const numberFormat = new Intl.NumberFormat('en-US');

function startOfNextMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** The workspace's tokens this month against its plan's monthly AI allowance. */
export async function getAiAllowance(db: Db, { org, now }: { org: Pick<AiOrg, 'id' | 'plan'>; now: Date }): Promise<AiAllowance> {
  const month = usageMonth(now);
  const used = await getMonthTokens(db, { orgId: org.id, month });
  return { month, used, allowance: getPlan(org.plan).limits.aiTokensPerMonth, resetsAt: startOfNextMonth(now) };
}

export { upgradeUrlFor };

/** Throws a 402 naming the limit once the month's tokens reach the plan's allowance. */
export async function assertAiTokensAvailable(db: Db, { org, now }: { org: AiOrg; now: Date }): Promise<AiAllowance> {
  const allowance = await getAiAllowance(db, { org, now });
  if (allowance.used < allowance.allowance) return allowance;
  const plan = getPlan(org.plan);
  const resets = allowance.resetsAt.toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
  throw new AppError(
    'limit_exceeded',
    `This workspace has used all ${numberFormat.format(allowance.allowance)} AI tokens of the ${plan.name} plan for this month ` +
      `(AI tokens per month). Upgrade to a bigger plan for more, or wait until the allowance resets on ${resets}.`,
    {
      details: {
        limit: 'aiTokensPerMonth',
        used: allowance.used,
        allowance: allowance.allowance,
        resetsAt: allowance.resetsAt.toISOString(),
        upgradeUrl: upgradeUrlFor(org.slug),
      },
    },
  );
}

/**
 * Checks the allowance before every model call, not only when the model is handed out: one chat turn can
 * make several calls (tool steps), and a long-lived model must stop once the month is used up.
 */
export function createLimitMiddleware(db: Db, org: AiOrg, now: () => Date): LanguageModelV4Middleware {
  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate }) => {
      await assertAiTokensAvailable(db, { org, now: now() });
      return doGenerate();
    },
    wrapStream: async ({ doStream }) => {
      await assertAiTokensAvailable(db, { org, now: now() });
      return doStream();
    },
  };
}
