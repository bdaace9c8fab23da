import { TRPCError } from "@trpc/server";
import { publicCaller } from "~/app/trpc/server";
import { showWatchers } from "~/server/finals/live";

type Params = { params: Promise<{ slug: string }> };

/** Followers one instance serves at most; more are asked to come back (503, Retry-After). */
const MAX_FOLLOWERS = 5_000;
/** A comment line this often keeps proxies from closing a quiet connection, in milliseconds. */
const HEARTBEAT_MS = 15_000;
/**
 * Each connection ends after this long and the browser reconnects (after the `retry` delay): followers
 * spread again over the instances behind a load balancer, and none is kept by a half-dead connection.
 */
const LIFETIME_MS = 10 * 60_000;

/**
 * The finals show of a visible event as server-sent events: an `event: show` message with the LiveShow
 * JSON (or null) at once and after every change, heartbeats between. 404 for an event the public cannot
 * see. Never cached. See server/finals/live.ts for how changes are noticed.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { slug } = await params;
  let eventId: string;
  try {
    eventId = (await publicCaller().finals.forEvent({ slug })).eventId;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return new Response("Not found", { status: 404 });
    }
    throw error;
  }
  const watchers = showWatchers();
  if (watchers.followers() >= MAX_FOLLOWERS) {
    return new Response("Too many people are following right now: try again in a moment.", {
      status: 503,
      headers: { "Retry-After": "10" },
    });
  }
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send("retry: 3000\n\n");
      const unsubscribe = watchers.subscribe(eventId, (show) => {
        // The instant it is sent, so a browser can set its clock for the timer.
        const fresh = show ? { ...show, serverNow: new Date().toISOString() } : null;
        send(`event: show\ndata: ${JSON.stringify(fresh)}\n\n`);
      });
      const heartbeat = setInterval(() => send(": still here\n\n"), HEARTBEAT_MS);
      const lifetime = setTimeout(() => stop(), LIFETIME_MS);
      stop = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        request.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      request.signal.addEventListener("abort", stop);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
