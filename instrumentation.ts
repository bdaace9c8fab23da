// Runs once when a server instance starts (Next's instrumentation hook): the background work every
// instance does besides answering requests (server/jobs/start.ts): the job worker — the hourly retention
// job, and delivering queued email when there is an SMTP server — on a PostgreSQL server.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundWork } = await import("./server/jobs/start");
  startBackgroundWork();
}
