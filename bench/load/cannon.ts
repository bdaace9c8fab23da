// The load generator of the load benchmark, in a process of its own so that it never shares an event loop
// (or a CPU's time slices, as far as the OS allows) with the app server it measures. bench/load/run.ts
// writes a spec (JSON) and starts `tsx bench/load/cannon.ts SPEC OUT`; this runs autocannon as the spec says
// and writes autocannon's result (JSON) to OUT.
//
// Requests are either all the same, or rotate: each request takes the next item of a pool (a different
// person's session cookie and body), so no two requests of a write burst act as the same person at once.
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";

/** Headers and body of one request of a rotating pool. */
export interface PoolItem {
  headers: Record<string, string>;
  body: string;
}

/** A project save: the team, its members' cookies and the fields to save (the version is tracked here). */
export interface SaveItem {
  teamId: string;
  cookies: string[];
  version: number;
  fields: Record<string, unknown>;
}

/** A judge's score: their cookie and which criterion of which of their assignments. */
export interface ScoreItem {
  cookie: string;
  assignmentId: string;
  criterionId: string;
}

export type Rotation =
  | { kind: "items"; items: PoolItem[] }
  | { kind: "saves"; eventId: string; saves: SaveItem[] }
  | { kind: "scores"; roundId: string; scores: ScoreItem[] };

/** What to run: the target, how hard and for how long, and the request (or pool of requests). */
export interface CannonSpec {
  /** `http://127.0.0.1:3400` */
  origin: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Stop after this many requests (a pool that must not be reused), before `duration` if sooner. */
  maxRequests?: number;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  rotation?: Rotation;
}

interface RequestContext {
  teamId?: string;
}

/** One autocannon request definition for the spec: fixed, or built per request from the rotation. */
function requestFor(spec: CannonSpec): autocannon.Request {
  const base: autocannon.Request = { method: spec.method, path: spec.path, headers: spec.headers };
  if (spec.body !== undefined) base.body = spec.body;
  const rotation = spec.rotation;
  if (!rotation) return base;
  let n = 0;
  if (rotation.kind === "items") {
    const { items } = rotation;
    return {
      ...base,
      setupRequest: (request) => {
        const item = items[n++ % items.length];
        return { ...request, headers: { ...request.headers, ...item?.headers }, body: item?.body ?? "" };
      },
    };
  }
  if (rotation.kind === "saves") {
    const versions = new Map(rotation.saves.map((s) => [s.teamId, s.version]));
    return {
      ...base,
      setupRequest: (request, context) => {
        const i = n++;
        const save = rotation.saves[i % rotation.saves.length];
        if (!save) return request;
        const lap = Math.floor(i / rotation.saves.length);
        (context as RequestContext).teamId = save.teamId;
        const body = {
          json: {
            eventId: rotation.eventId,
            teamId: save.teamId,
            expectedVersion: versions.get(save.teamId) ?? save.version,
            ...save.fields,
            // Every save changes something, so every one is a real write (a new version).
            tagline: `Nearly there: save ${i + 1}`,
          },
        };
        const cookie = save.cookies[lap % save.cookies.length] ?? "";
        return { ...request, headers: { ...request.headers, cookie }, body: JSON.stringify(body) };
      },
      onResponse: (status, body, context) => {
        const { teamId } = context as RequestContext;
        if (status !== 200 || !teamId) return;
        const parsed = JSON.parse(body) as { result?: { data?: { json?: { version?: number } } } };
        const version = parsed.result?.data?.json?.version;
        if (typeof version === "number") versions.set(teamId, version);
      },
    };
  }
  return {
    ...base,
    setupRequest: (request) => {
      const i = n++;
      const score = rotation.scores[i % rotation.scores.length];
      if (!score) return request;
      const body = {
        json: {
          roundId: rotation.roundId,
          assignmentId: score.assignmentId,
          criterionId: score.criterionId,
          value: 1 + (i % 5),
          writtenAt: Date.now(),
        },
      };
      return {
        ...request,
        headers: { ...request.headers, cookie: score.cookie },
        body: JSON.stringify(body),
      };
    },
  };
}

/** Runs the spec with autocannon and resolves with its result. */
export function fire(spec: CannonSpec): Promise<autocannon.Result> {
  return autocannon({
    url: spec.origin,
    connections: spec.connections,
    duration: spec.duration,
    ...(spec.maxRequests ? { maxOverallRequests: Math.max(spec.maxRequests, spec.connections) } : {}),
    requests: [requestFor(spec)],
  });
}

const [specPath, outPath] = process.argv.slice(2);
if (specPath && outPath) {
  const spec = JSON.parse(readFileSync(specPath, "utf8")) as CannonSpec;
  const result = await fire(spec);
  writeFileSync(outPath, JSON.stringify(result));
}
