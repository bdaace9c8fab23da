// The shared shape of authorization tests. Each router has a `<router>.authz.ts` listing, for every
// procedure, who is the right caller, who is the wrong one, and what a signed-out caller and a caller
// from another event (or organisation, or team) get. `server/routers/coverage.int.test.ts` fails when a
// procedure in the app router has no entry, and `<router>.authz.int.test.ts` runs the entries.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { callerFor } from "./callers.ts";

export type Caller = ReturnType<typeof callerFor>;
/**
 * PRECONDITION_FAILED: the caller passed authorization and reached a rule of the domain (e.g. a phase);
 * BAD_REQUEST: the input names something that is not the caller's (e.g. another person's address).
 */
export type Outcome =
  "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "PRECONDITION_FAILED" | "BAD_REQUEST";
export type Who = "right" | "wrong" | "signedOut" | "other";

/** A world must name who "other" is: a caller whose role is in another event/organisation/team. */
export interface AuthWorld {
  other: SessionUser;
}

export interface AuthCase<W extends AuthWorld> {
  right: (w: W) => SessionUser;
  /** Signed in but without the needed relation; null when no such caller exists (public procedures). */
  wrong: ((w: W) => SessionUser) | null;
  call: (caller: Caller, w: W) => Promise<unknown>;
  expect: Record<Who, Outcome>;
}

export type AuthCases<W extends AuthWorld> = Record<string, AuthCase<W>>;

/**
 * Cases for a procedure only some may call, the usual refusal: `right` may; `wrong` (signed in, but
 * without the needed relation) and `other` are FORBIDDEN; signed out is UNAUTHORIZED. Returns a builder
 * that takes the call: `const organisers = restrictedTo<W>((w) => w.organiser, (w) => w.judge);`.
 */
export function restrictedTo<W extends AuthWorld>(
  right: (w: W) => SessionUser,
  wrong: (w: W) => SessionUser,
): (call: AuthCase<W>["call"]) => AuthCase<W> {
  return (call) => ({
    right,
    wrong,
    call,
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  });
}

/**
 * Cases for a procedure whose record is only partly the caller's (a centre lead's own centres, the
 * concerns routed to the safeguarding lead): `right` may; `wrong` is let through by the ladder (the
 * qualifying role in this event) but does not find the record, NOT_FOUND, so that it is not confirmed to
 * exist; `other` (the role in another event) is FORBIDDEN; signed out is UNAUTHORIZED. Returns a builder
 * that takes the call, like restrictedTo: `const centreManager = scopedTo<W>((w) => w.lead, (w) => w.otherLead);`.
 */
export function scopedTo<W extends AuthWorld>(
  right: (w: W) => SessionUser,
  wrong: (w: W) => SessionUser,
): (call: AuthCase<W>["call"]) => AuthCase<W> {
  return (call) => ({
    right,
    wrong,
    call,
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  });
}

/**
 * Cases for a procedure any signed-in person may call (their own account, a form, a link they hold):
 * `right`, `wrong` and `other` get ok; signed out is UNAUTHORIZED. `wrong` is a second signed-in caller
 * to try, when the world has one worth naming; without it (null) the wrong run is `other`. Returns a
 * builder that takes the call, like restrictedTo: `const signedIn = anySignedIn<W>((w) => w.me);`.
 */
export function anySignedIn<W extends AuthWorld>(
  right: (w: W) => SessionUser,
  wrong: ((w: W) => SessionUser) | null = null,
): (call: AuthCase<W>["call"]) => AuthCase<W> {
  return (call) => ({
    right,
    wrong,
    call,
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  });
}

/**
 * Cases for a public procedure: everyone, signed in or not, may call it. `right` is the signed-in
 * caller of the "right" run (`other` unless given); there is no wrong caller, so that run is `other`.
 * Returns a builder that takes the call, like restrictedTo.
 */
export function openToAll<W extends AuthWorld>(
  right: (w: W) => SessionUser = (w) => w.other,
): (call: AuthCase<W>["call"]) => AuthCase<W> {
  return (call) => ({
    right,
    wrong: null,
    call,
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  });
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** Runs every case as the four callers, each against a fresh world. */
export function describeAuthorization<W extends AuthWorld>(
  cases: AuthCases<W>,
  options: { db: () => Db; world: (db: Db) => Promise<W>; now: Date },
): void {
  for (const [path, testCase] of Object.entries(cases)) {
    describe(path, () => {
      const callers: [Who, (w: W) => SessionUser | null][] = [
        ["right", testCase.right],
        ["wrong", testCase.wrong ?? ((w) => w.other)],
        ["signedOut", () => null],
        ["other", (w) => w.other],
      ];
      for (const [who, pick] of callers) {
        it(`${who} → ${testCase.expect[who]}`, async () => {
          const db = options.db();
          const world = await options.world(db);
          const result = await outcome(testCase.call(callerFor(db, pick(world), options.now), world));
          expect(result).toBe(testCase.expect[who]);
        });
      }
    });
  }
}
