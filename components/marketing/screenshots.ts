/**
 * Product screenshots taken from the running app (1280x800 each, under public/screenshots). Alt text says
 * what each one shows, so the page reads the same without images.
 */
export const SCREENSHOTS = {
  leads: {
    src: '/screenshots/leads.png',
    alt: "Beacon's lead list: a table of leads with their company, pipeline stage, owner and score, under a toolbar with search, filters and saved views.",
  },
  pipeline: {
    src: '/screenshots/pipeline.png',
    alt: "Beacon's pipeline board: a column per stage, each holding the cards of the leads in that stage.",
  },
  leadDetail: {
    src: '/screenshots/lead-detail.png',
    alt: "A lead's page in Beacon: contact details and custom fields beside a timeline of notes, calls and meetings, with a panel listing the reasons behind the lead's score.",
  },
} as const;

export type ScreenshotName = keyof typeof SCREENSHOTS;
