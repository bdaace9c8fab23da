// What the centre lead's check-in screen shows: the people registered at their centres, who is in the
// building, and what to know about each at the door.
import type { Db } from "../db/create.ts";
import { latestConsentWhere } from "../registrations/queries.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AGE_FACTS_SELECT, organiserViewOf } from "../registrations/age.ts";
import { normaliseCheckInCode } from "./code.ts";
import { arrivalAlerts, collectorLabel, type ArrivalAlert } from "./rules.ts";

/** The most people the desk lists for one search: enough for a common first name at a big centre. */
export const DESK_RESULTS = 50;

export const deskSelect = {
  id: true,
  status: true,
  checkInCode: true,
  // Read to compute the age band and who is a young person; never returned.
  ...AGE_FACTS_SELECT,
  guardianEmail: true,
  centre: { select: { id: true, name: true } },
  user: { select: { name: true, alias: true } },
  consents: {
    where: latestConsentWhere,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { consentedAt: true, withdrawnAt: true, photo: true, mayLeaveAlone: true },
  },
  collectors: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, relationship: true },
  },
  visits: {
    where: { checkedOutAt: null },
    take: 1,
    select: { id: true, checkedInAt: true },
  },
  // Read only to say whether there is anything to read; the content is read (and audited) on request.
  sensitive: { select: { medical: true, access: true, emergencyName: true } },
} satisfies Prisma.RegistrationSelect;

type DeskRow = Prisma.RegistrationGetPayload<{ select: typeof deskSelect }>;

/** The facts the door needs about one registration, from its desk row. */
export function departureFactsOf(row: Pick<DeskRow, "guardianEmail" | "consents" | "collectors">) {
  const consent = row.consents[0];
  const inForce = consent?.consentedAt != null && consent.withdrawnAt === null;
  return {
    // A young person registered with a guardian: only someone the guardian authorised collects them.
    needsCollection: row.guardianEmail !== null,
    mayLeaveAlone: inForce && consent.mayLeaveAlone,
    photoConsent: row.guardianEmail === null ? null : inForce && consent.photo,
    collectors: row.collectors,
  };
}

/** One person as the desk shows them. */
export interface DeskPerson {
  registrationId: string;
  displayName: string;
  ageBandLabel: string;
  centre: string | null;
  checkInCode: string;
  status: DeskRow["status"];
  /** When they checked in, while they are in the building; null when they are not. */
  presentSince: Date | null;
  /** They (or their guardian) gave medical or access needs or an emergency contact: read with sensitive.read. */
  hasSensitive: boolean;
  needsCollection: boolean;
  mayLeaveAlone: boolean;
  collectors: { id: string; label: string }[];
  alerts: ArrivalAlert[];
}

function deskPerson(
  row: DeskRow,
  event: { startsAt: Date; timeZone: string; consentAge: number },
): DeskPerson {
  const facts = departureFactsOf(row);
  const info = row.sensitive;
  const needs = Boolean(info && (info.medical || info.access));
  return {
    registrationId: row.id,
    ...organiserViewOf(row, event),
    centre: row.centre?.name ?? null,
    checkInCode: row.checkInCode,
    status: row.status,
    presentSince: row.visits[0]?.checkedInAt ?? null,
    hasSensitive: needs || Boolean(info?.emergencyName),
    needsCollection: facts.needsCollection,
    mayLeaveAlone: facts.mayLeaveAlone,
    collectors: row.collectors.map((c) => ({ id: c.id, label: collectorLabel(c) })),
    alerts: arrivalAlerts({
      status: row.status,
      needsCollection: facts.needsCollection,
      photoConsent: facts.photoConsent,
      mayLeaveAlone: facts.mayLeaveAlone,
      collectors: row.collectors.length,
      needs,
    }),
  };
}

/**
 * The check-in desk for the caller's centres (`centreIds`): everyone registered there who has not
 * withdrawn, found by `search` — a check-in code (exact, typed in any case with spaces or dashes) or
 * part of the name the desk shows (alias, or first name and initial for a young person; never a young
 * person's full name, so it cannot be searched for either). No search lists who is in the building.
 * Returns `{ people (at most DESK_RESULTS, present first, then by name), matches, present, expected }`:
 * `matches` counts every match, `present` and `expected` count the whole of the caller's centres.
 */
export async function checkInDesk(
  db: Db,
  params: {
    eventId: string;
    event: { startsAt: Date; timeZone: string };
    centreIds: readonly string[];
    search: string;
  },
) {
  const [rows, { consentAge }] = await Promise.all([
    db.registration.findMany({
      where: {
        eventId: params.eventId,
        centreId: { in: [...params.centreIds] },
        status: { not: "WITHDRAWN" },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 10_000,
      select: deskSelect,
    }),
    db.event.findUniqueOrThrow({ where: { id: params.eventId }, select: { consentAge: true } }),
  ]);
  const people = rows.map((row) => deskPerson(row, { ...params.event, consentAge }));
  const search = params.search.trim();
  const code = normaliseCheckInCode(search);
  const needle = search.toLocaleLowerCase("en-GB");
  const matching =
    search === ""
      ? people.filter((p) => p.presentSince !== null)
      : people.filter(
          (p) =>
            p.checkInCode === code ||
            (needle.length >= 2 && p.displayName.toLocaleLowerCase("en-GB").includes(needle)),
        );
  matching.sort(
    (a, b) =>
      Number(b.presentSince !== null) - Number(a.presentSince !== null) ||
      a.displayName.localeCompare(b.displayName, "en-GB"),
  );
  return {
    people: matching.slice(0, DESK_RESULTS),
    matches: matching.length,
    present: people.filter((p) => p.presentSince !== null).length,
    expected: people.length,
  };
}
