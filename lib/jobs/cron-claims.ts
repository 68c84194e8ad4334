import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { cronClaims } from '@/db/schema';

/** Claims one tick of a schedule; true for exactly one caller however many processes try at once. */
export async function claimTick(db: Executor, name: string, tick: string): Promise<boolean> {
  const claimed = await db.insert(cronClaims).values({ name, tick }).onConflictDoNothing().returning({ name: cronClaims.name });
  return claimed.length === 1;
}

export async function finishTick(db: Executor, name: string, tick: string) {
  await db.update(cronClaims).set({ finishedAt: sql`now()` }).where(and(eq(cronClaims.name, name), eq(cronClaims.tick, tick)));
}
