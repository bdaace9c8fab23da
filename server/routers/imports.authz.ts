// Who may call each imports procedure. Run by imports.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import { readFileSync } from "node:fs";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

/** A Devpost export with good rows and bad ones (server/imports/fixtures). */
export const devpostExport = readFileSync(
  new URL("../imports/fixtures/devpost-export.csv", import.meta.url),
  "utf8",
);

export interface ImportsWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** A judge of the event: a role, but not the organiser's. */
  judge: SessionUser;
  /** Organiser of another event. */
  other: SessionUser;
}

export async function importsWorld(db: Db): Promise<ImportsWorld> {
  const [organiser, judge, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, organiser, judge, other };
}

// An event's imports: its organisers; a judge of the event and the organiser of another are refused.
const organisers = restrictedTo<ImportsWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

export const importsAuthorization: AuthCases<ImportsWorld> = {
  "imports.previewDevpost": organisers((c, w) =>
    c.imports.previewDevpost({ eventId: w.event.id, csv: devpostExport }),
  ),
  "imports.importDevpost": organisers((c, w) =>
    c.imports.importDevpost({ eventId: w.event.id, csv: devpostExport }),
  ),
};
