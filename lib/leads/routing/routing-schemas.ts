import { z } from 'zod';
import { LEAD_ASSIGNMENT_MODES } from '@/db/schema/values';

// IANA names only ("Europe/Berlin", "UTC", "Etc/GMT+5"): the pattern refuses offsets such as "+01:00",
// and the runtime's own zone data decides whether the name exists.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export function isValidTimeZone(zone: string): boolean {
  if (!ZONE_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const hour = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Choose the ${label} hour.` })
    .int(`Choose a whole ${label} hour.`)
    .min(min, `The ${label} hour is between ${min} and ${max}.`)
    .max(max, `The ${label} hour is between ${min} and ${max}.`);

export const leadRoutingFieldsSchema = z.object({
  mode: z.enum(LEAD_ASSIGNMENT_MODES, { error: 'Choose who gets new leads.' }),
  fixedOwnerId: z.uuid('Choose a member.').nullable().optional(),
  timeZone: z.string().trim().max(64).refine(isValidTimeZone, 'Choose a time zone from the list.'),
  startHour: hour('opening', 0, 23),
  endHour: hour('closing', 1, 24),
  // Checked on the whole list: an error on one item would not reach the field in the action's flattened errors.
  workDays: z
    .array(z.unknown(), { error: 'Pick days of the week.' })
    .min(1, 'Pick at least one work day.')
    .refine((days): days is number[] => days.every((day) => Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 7), 'Pick days of the week.')
    .transform((days) => [...new Set(days as number[])].sort((a, b) => a - b)),
});

/** Rules across fields live here so the form and the server answer them the same way, on the right field. */
function checkRouting(value: { mode: string; fixedOwnerId?: string | null; startHour: number; endHour: number }, context: z.RefinementCtx) {
  if (value.mode === 'fixed' && !value.fixedOwnerId) context.addIssue({ code: 'custom', path: ['fixedOwnerId'], message: 'Choose who gets every new lead.' });
  if (value.startHour >= value.endHour) context.addIssue({ code: 'custom', path: ['endHour'], message: 'The working day must end after it starts.' });
}

export const updateLeadRoutingSchema = leadRoutingFieldsSchema.superRefine(checkRouting);
export type UpdateLeadRoutingInput = z.output<typeof updateLeadRoutingSchema>;
export type UpdateLeadRoutingFormValues = z.input<typeof updateLeadRoutingSchema>;

export const updateLeadRoutingActionSchema = leadRoutingFieldsSchema.safeExtend({ orgSlug: z.string() }).superRefine(checkRouting);

/** ISO weekday numbers with their names, Monday first. */
export const WEEKDAYS = [
  { value: 1, label: 'Monday', short: 'Mon' },
  { value: 2, label: 'Tuesday', short: 'Tue' },
  { value: 3, label: 'Wednesday', short: 'Wed' },
  { value: 4, label: 'Thursday', short: 'Thu' },
  { value: 5, label: 'Friday', short: 'Fri' },
  { value: 6, label: 'Saturday', short: 'Sat' },
  { value: 7, label: 'Sunday', short: 'Sun' },
] as const;
