import type { Db } from '@/db';
import { createDefaultStages, listStages } from '@/lib/leads/stages';
import { createTestOrg, createTestUser, ctxFor } from './factories';

/** A workspace with its owner, the owner's ctx and the default pipeline (New … Lost), for CRM domain tests. */
export async function createCrmWorkspace(db: Db, name = 'CRM Org') {
  const owner = await createTestUser(db, { name: `${name} owner` });
  const org = await createTestOrg(db, owner, { name });
  await createDefaultStages(db, org.id);
  const stages = await listStages(db, { orgId: org.id });
  const stage = (stageName: string) => {
    const found = stages.find((s) => s.name === stageName);
    if (!found) throw new Error(`No stage named ${stageName}`);
    return found;
  };
  return { owner, org, ctx: ctxFor(db, org, owner, 'owner'), stages, stage };
}

export type CrmWorkspace = Awaited<ReturnType<typeof createCrmWorkspace>>;
