// Keeps a graphile-worker runner alive. graphile-worker 0.16 does not replace a worker that stopped on
// an error (e.g. it could not record a finished job while the database was down): once every worker of
// a runner has stopped so, the instance delivers nothing more until it is restarted, and the job the
// worker held stays locked for four hours. So: when a worker stops with an error, the whole runner is
// stopped and a new one started, and the dead worker's lock is released.
import { makeWorkerUtils, type Runner } from "graphile-worker";
import { log } from "../log.ts";

export interface SupervisorOptions {
  /** Starts a runner (throws when it cannot, e.g. the database is down). */
  start: () => Promise<Runner>;
  /** The queue's database: to release the locks of workers that died. */
  connectionString: string;
  /**
   * Milliseconds before starting again after a failure (to start, or of a worker): `firstRetryMs`
   * (default 2 000), doubling with each failure in a row up to `retryMs` (default 30 000).
   */
  firstRetryMs?: number;
  retryMs?: number;
  /** Milliseconds to wait for a failed runner to stop before starting anew anyway. Default 10 000. */
  stopTimeoutMs?: number;
  /** Called with each runner that starts (tests watch it; the app logs). */
  onStart?: (runner: Runner) => void;
}

export interface Supervisor {
  /** The runner now working, if any. */
  current: () => Runner | null;
  /** Stops supervising and the runner (finishing the deliveries under way). */
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Starts a runner with `start` and keeps one running: a failure to start is retried (after 2 s, 4 s, …
 * up to 30 s by default: see SupervisorOptions); a worker that stops with an error makes the supervisor
 * stop that runner (waiting at most `stopTimeoutMs`), release the dead workers' job locks
 * (graphile-worker's forceUnlockWorkers, tried again with each new start until it works) and start a
 * new runner after the same wait. Never throws.
 */
export function superviseRunner(options: SupervisorOptions): Supervisor {
  const retryMs = options.retryMs ?? 30_000;
  const firstRetryMs = Math.min(options.firstRetryMs ?? 2_000, retryMs);
  let nextRetryMs = firstRetryMs;
  const backOff = () => {
    const wait = nextRetryMs;
    nextRetryMs = Math.min(nextRetryMs * 2, retryMs);
    return wait;
  };
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  let runner: Runner | null = null;
  let stopped = false;
  let restarting = false;
  const deadWorkers = new Set<string>();

  const releaseDeadWorkers = async () => {
    if (deadWorkers.size === 0) return;
    const utils = await makeWorkerUtils({ connectionString: options.connectionString });
    try {
      await utils.forceUnlockWorkers([...deadWorkers]);
      deadWorkers.clear();
    } finally {
      await utils.release();
    }
  };

  const attempt = async (): Promise<void> => {
    if (stopped) return;
    try {
      await releaseDeadWorkers();
      const started = await options.start();
      if (stopped) {
        await started.stop();
        return;
      }
      runner = started;
      nextRetryMs = firstRetryMs;
      started.events.on("worker:stop", ({ worker, error }) => {
        if (error === undefined || stopped || runner !== started) return;
        deadWorkers.add(worker.workerId);
        void restart(started, error);
      });
      options.onStart?.(started);
    } catch (error) {
      const wait = backOff();
      log.error(`background worker could not start; retrying in ${Math.round(wait / 1000)} s`, { error });
      await sleep(wait);
      void attempt();
    }
  };

  const restart = async (failed: Runner, error: unknown): Promise<void> => {
    if (restarting) return;
    restarting = true;
    log.warn("a background worker stopped after an error; starting the worker again", { error });
    runner = null;
    await Promise.race([failed.stop().catch(() => undefined), sleep(stopTimeoutMs)]);
    await sleep(backOff());
    restarting = false;
    await attempt();
  };

  void attempt();
  return {
    current: () => runner,
    stop: async () => {
      stopped = true;
      await runner?.stop();
      runner = null;
    },
  };
}
