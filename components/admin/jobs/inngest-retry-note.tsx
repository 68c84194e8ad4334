/** Stands where the Retry button would: under the Inngest driver, Inngest keeps the run and retries it. */
export function InngestRetryNote() {
  return <span className="text-xs text-muted-foreground">Retry it from the Inngest dashboard</span>;
}
