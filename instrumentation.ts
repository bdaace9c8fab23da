// Runs once when a server instance starts (Next's instrumentation hook): the background work every
// instance does besides answering requests. Today that is delivering queued email (server/mail/queue.ts),
// when there is an SMTP server and a PostgreSQL to queue in.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundWork } = await import("./server/jobs/start");
  startBackgroundWork();
}
