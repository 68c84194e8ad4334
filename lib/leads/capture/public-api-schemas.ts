import { z } from 'zod';

/** The public endpoint's answer to every accepted submission (spam included, so bots learn nothing). */
export const formSubmissionResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  redirectUrl: z.string().nullable(),
});
export type FormSubmissionResult = z.infer<typeof formSubmissionResultSchema>;

/**
 * The body as the OpenAPI document describes it. The real fields depend on the form (`name`, `company`,
 * `phone`, `message`, `custom:<key>`): they are validated against the form's own field list.
 */
export const formSubmissionBodySchema = z
  .object({
    email: z.email(),
    website: z.string().optional().describe('Honeypot: leave empty. A value marks the submission as spam.'),
    _started: z.number().optional().describe('Epoch milliseconds when the form was shown. Optional for integrations; under 2.5 s marks spam.'),
    landingPage: z.string().max(2000).optional().describe('The URL the visitor first landed on (UTM parameters are read from it).'),
    referrer: z.string().max(2000).optional().describe('The external page that sent the visitor.'),
  })
  .catchall(z.union([z.string(), z.number()]))
  .describe('The form’s fields by key (`name`, `company`, `phone`, `message`, `custom:<key>`); unknown keys are ignored.');
