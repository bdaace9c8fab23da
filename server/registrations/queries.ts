import "server-only";
import { liveOffersByCentre } from "../waiting-list/queries.ts";
import { createHash } from "node:crypto";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { EventCore } from "../events/queries.ts";
import { eventPhase } from "../events/rules.ts";
import { capabilityNotice } from "../events/notices.ts";
import {
  ageBand,
  ageBandLabel,
  AGE_BANDS,
  calendarDateOf,
  CHANGEABLE_SCOPES,
  CONSENT_SCOPE_TEXT,
  type CONSENT_SCOPES,
  scopesAskedFor,
  type ChangeableScope,
  type ConsentScope,
  consentDoubtLabel,
  consentDoubts,
  consentLinkState,
  consentStatus,
  consentStatusLabel,
  formatCalendarDate,
  placesLeft,
  type AgeBand,
  type ConsentDoubt,
  type ConsentStatus,
} from "./rules.ts";
import { consentTextOf } from "./consent-text.ts";
import { AGE_FACTS_SELECT, dateInZone, registrantAge, registrationRulesOf, type AgeFacts } from "./age.ts";
import { nextReminderAt, REMINDER_DAYS } from "./reminder-rules.ts";
import {
  firstName,
  isYoungPerson,
  nameForGuardian,
  nameForOrganisers,
  youngAgeLimit,
} from "../people/rules.ts";
import { EXPERIENCE_LABELS, REGISTRATION_STATUS_LABELS, SKILLS } from "./schema.ts";
import { toCsv } from "../export/csv.ts";
import { NO_CENTRE } from "../centres/rules.ts";

export function hashConsentToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A registration's latest consent row: the newest link or consent, but never an unanswered request to
 * confirm a new text (the consent in force still stands while it waits: see updateConsentText).
 */
export const latestConsentWhere = {
  NOT: { reconfirmation: true, consentedAt: null },
} satisfies Prisma.GuardianConsentWhereInput;

/** A consent in force: given, and not withdrawn. */
export const inForceWhere = {
  consentedAt: { not: null },
  withdrawnAt: null,
} satisfies Prisma.GuardianConsentWhereInput;

/**
 * A registration's consent in force, as `consents: { ...consentInForce, select }`: the newest given and
 * not withdrawn (a guardian who confirmed a new text has a newer one than the consent they first gave).
 */
export const consentInForce = {
  where: inForceWhere,
  orderBy: [{ consentedAt: "desc" }, { id: "desc" }],
  take: 1,
} satisfies Prisma.Registration$consentsArgs;

const latestConsent = {
  where: latestConsentWhere,
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 1,
  select: {
    createdAt: true,
    expiresAt: true,
    consentedAt: true,
    withdrawnAt: true,
    attend: true,
    photo: true,
    publicCredit: true,
  },
} satisfies Prisma.Registration$consentsArgs;

/** What the owner sees of their own registration: the only place a date of birth is returned. */
/** Registrations that hold a place at their centre: everyone who has not withdrawn. */
export const holdsPlace = { status: { not: "WITHDRAWN" } } satisfies Prisma.RegistrationWhereInput;

export const ownRegistrationSelect = {
  id: true,
  status: true,
  checkInCode: true,
  experience: true,
  skills: true,
  ...AGE_FACTS_SELECT,
  consentRemindersSent: true,
  consentRemindedAt: true,
  guardianEmail: true,
  codeOfConductVersion: true,
  codeOfConductAt: true,
  withdrawnAt: true,
  createdAt: true,
  centre: { select: { id: true, name: true, addressLine: true, postcodeDistrict: true, openingTimes: true } },
  consents: latestConsent,
  user: { select: { name: true, alias: true } },
  event: { select: { consentAge: true } },
} satisfies Prisma.RegistrationSelect;

/** What organisers see: no date of birth leaves the server (only the band), no guardian email. */
const organiserRegistrationSelect = {
  id: true,
  status: true,
  experience: true,
  // Read to compute the age band on the server; never returned.
  ...AGE_FACTS_SELECT,
  createdAt: true,
  // The addresses are read only to check that the guardian is someone else (`consentDoubts`); never returned.
  user: { select: { id: true, email: true, name: true, alias: true } },
  centre: { select: { id: true, name: true } },
  consents: {
    ...latestConsent,
    select: { ...latestConsent.select, guardianEmail: true, consentedByUserId: true },
  },
} satisfies Prisma.RegistrationSelect;

export type EventForRegistration = Pick<EventCore, "startsAt" | "timeZone">;

function splitSkills(stored: readonly string[]) {
  const known = new Set<string>(SKILLS);
  return {
    skills: SKILLS.filter((s) => stored.includes(s)),
    tags: stored.filter((s) => !known.has(s)),
  };
}

/** The caller's own registration for the event, or null. */
export async function ownRegistration(
  db: Db,
  params: { eventId: string; userId: string; event: EventForRegistration; now: Date },
) {
  const row = await db.registration.findUnique({
    where: { eventId_userId: { eventId: params.eventId, userId: params.userId } },
    select: ownRegistrationSelect,
  });
  if (!row) return null;
  const {
    consents,
    dateOfBirth,
    ageAtStart: _kept,
    consentRemindersSent,
    consentRemindedAt,
    skills,
    user,
    event,
    ...rest
  } = row;
  const age = registrantAge(row, params.event);
  // Only registrations from before names were asked for can lack them; the page asks for them then.
  const missing: "NAME" | "NICKNAME" | null = !firstName(user.name)
    ? "NAME"
    : isYoungPerson({ age, consentAge: event.consentAge }) && !user.alias?.trim()
      ? "NICKNAME"
      : null;
  const latest = consents[0] ?? null;
  const needsGuardianConsent = row.guardianEmail !== null;
  return {
    ...rest,
    ...splitSkills(skills),
    /** Null once the retention period has passed and it was deleted. */
    dateOfBirth: dateOfBirth ? formatCalendarDate(calendarDateOf(dateOfBirth)) : null,
    ageAtStart: age,
    ageBand: ageBandLabel(ageBand(age)),
    /** The names others see them by, from their account. */
    names: { name: user.name, alias: user.alias },
    missing,
    consent: {
      status: consentStatus({ needsGuardianConsent, latest, now: params.now }),
      lastSentAt: latest?.createdAt ?? null,
      expiresAt: latest && !latest.consentedAt ? latest.expiresAt : null,
      consentedAt: latest?.consentedAt ?? null,
      withdrawnAt: latest?.withdrawnAt ?? null,
      /** Reminders the guardian was sent (at most REMINDER_DAYS.length), and when the next one goes. */
      reminders: {
        sent: consentRemindersSent,
        max: REMINDER_DAYS.length,
        next:
          row.status === "PENDING_CONSENT" && !latest?.withdrawnAt
            ? nextReminderAt({
                registeredAt: row.createdAt,
                remindersSent: consentRemindersSent,
                lastRemindedAt: consentRemindedAt,
                eventStartsAt: params.event.startsAt,
              })
            : null,
      },
      scopes: latest?.consentedAt
        ? { attend: latest.attend, photo: latest.photo, publicCredit: latest.publicCredit }
        : null,
    },
  };
}

/** Everything the registration form needs about the event. */
export async function registrationForm(
  db: Db,
  params: {
    event: EventCore;
    now: Date;
    ownEmail: string | null;
    registeringGuardian?: string | null;
    /** The person registering: a centre whose waiting list offered them a place is not full for them. */
    userId?: string | null;
  },
) {
  const offers = await liveOffersByCentre(db, {
    eventId: params.event.id,
    userId: params.userId ?? null,
    now: params.now,
  });
  const event = await db.event.findUniqueOrThrow({
    where: { id: params.event.id },
    select: {
      minimumAge: true,
      consentAge: true,
      digitalConsentAge: true,
      codeOfConductVersion: true,
      centres: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          postcodeDistrict: true,
          capacity: true,
          _count: { select: { registrations: { where: holdsPlace } } },
        },
      },
    },
  });
  const state = eventPhase(params.event, params.now);
  return {
    ...event,
    // Places left, so the form can say which centres are full (the command checks again, under a lock):
    // live offers from a waiting list hold places too, except the caller's own (`offered`).
    centres: event.centres.map(({ _count, capacity, ...centre }) => ({
      ...centre,
      full: placesLeft(capacity, _count.registrations + (offers.counts.get(centre.id) ?? 0)) === 0,
      offered: offers.mine.has(centre.id),
    })),
    startDate: formatCalendarDate(dateInZone(params.event.startsAt, params.event.timeZone)),
    /** Below this age at the start, a nickname is needed (young people are shown by it). */
    youngAge: youngAgeLimit(event.consentAge),
    canRegister: state.capabilities.canRegister,
    registrationClosed: state.registrationClosed,
    /** Why registration is not open now (and when it opens), in the event's zone; null while open. */
    registrationNotice: capabilityNotice("canRegister", state.windows.canRegister, params.event.timeZone),
    /** The rules the form checks the answers against before sending (the command checks them again). */
    rules: registrationRulesOf({
      event: params.event,
      settings: event,
      now: params.now,
      ownEmail: params.ownEmail,
      registeringGuardian: params.registeringGuardian ?? null,
      centreRequired: event.centres.length > 0,
    }),
  };
}

export interface OrganiserRegistrationRow {
  id: string;
  displayName: string;
  centreId: string | null;
  centre: string | null;
  ageBand: AgeBand;
  ageBandLabel: string;
  experience: "NEW" | "SOME" | "CONFIDENT";
  status: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
  consentStatus: ConsentStatus;
  consentStatusLabel: string;
  /** Only meaningful once a guardian consented (adults: null, they decide for themselves at the venue). */
  photoConsent: boolean | null;
  /**
   * Why a given consent may be the young person's own (empty: none, or no consent in force). Flags
   * consents given before such consents were refused, so organisers can check them with the family.
   */
  consentDoubts: { reason: ConsentDoubt; label: string }[];
  registeredAt: Date;
}

/** Which registrations: the whole event, or only those at some centres (a centre lead's view). */
interface RowScope {
  eventId: string;
  event: EventForRegistration;
  now: Date;
  centreIds?: readonly string[];
}

/**
 * The accounts that gave the listed consents, by id. `consentedByUserId` is a plain id (it outlives the
 * account), so they are looked up here; a deleted account is simply missing.
 */
async function consentGivers(
  db: Db,
  rows: readonly { consents: readonly { consentedByUserId: string | null }[] }[],
): Promise<Map<string, { id: string; email: string }>> {
  const ids = [
    ...new Set(
      rows.flatMap((r) => r.consents.flatMap((c) => (c.consentedByUserId ? [c.consentedByUserId] : []))),
    ),
  ];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u]));
}

async function organiserRows(db: Db, params: RowScope): Promise<OrganiserRegistrationRow[]> {
  const [rows, { consentAge }] = await Promise.all([
    db.registration.findMany({
      where: {
        eventId: params.eventId,
        ...(params.centreIds ? { centreId: { in: [...params.centreIds] } } : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 10_000,
      select: organiserRegistrationSelect,
    }),
    db.event.findUniqueOrThrow({ where: { id: params.eventId }, select: { consentAge: true } }),
  ]);
  const givers = await consentGivers(db, rows);
  return rows.map((row) => {
    const age = registrantAge(row, params.event);
    const young = isYoungPerson({ age, consentAge });
    const latest = row.consents[0] ?? null;
    const status = consentStatus({
      needsGuardianConsent: row.status === "PENDING_CONSENT" || latest !== null,
      latest,
      now: params.now,
    });
    const band = ageBand(age);
    return {
      id: row.id,
      displayName: nameForOrganisers({ name: row.user.name, alias: row.user.alias, young }),
      centreId: row.centre?.id ?? null,
      centre: row.centre?.name ?? null,
      ageBand: band,
      ageBandLabel: ageBandLabel(band),
      experience: row.experience,
      status: row.status,
      consentStatus: status,
      consentStatusLabel: consentStatusLabel(status),
      photoConsent: status === "GIVEN" && latest ? latest.photo : null,
      // Only a consent in force can let someone take part, so only that one is worth a doubt.
      consentDoubts:
        status === "GIVEN" && latest
          ? consentDoubts({
              participant: row.user,
              guardianEmail: latest.guardianEmail,
              givenBy: latest.consentedByUserId ? (givers.get(latest.consentedByUserId) ?? null) : null,
            }).map((reason) => ({ reason, label: consentDoubtLabel(reason) }))
          : [],
      registeredAt: row.createdAt,
    };
  });
}

/** The organisers' table and its counts. */
export async function eventRegistrations(db: Db, params: RowScope) {
  const rows = await organiserRows(db, params);
  const active = rows.filter((r) => r.status !== "WITHDRAWN");
  const byCentre = new Map<string, number>();
  for (const r of active)
    byCentre.set(r.centre ?? "No centre", (byCentre.get(r.centre ?? "No centre") ?? 0) + 1);
  return {
    rows,
    counts: {
      registered: active.length,
      confirmed: active.filter((r) => r.status === "CONFIRMED").length,
      pendingConsent: active.filter((r) => r.status === "PENDING_CONSENT").length,
      consentToCheck: active.filter((r) => r.consentDoubts.length > 0).length,
      withdrawn: rows.length - active.length,
      withoutCentre: active.filter((r) => r.centre === null).length,
      byAgeBand: AGE_BANDS.map((band) => ({
        band,
        label: ageBandLabel(band),
        count: active.filter((r) => r.ageBand === band).length,
      })),
      byCentre: [...byCentre.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([centre, count]) => ({ centre, count })),
    },
  };
}

/**
 * The export organisers take to a venue. Each column, and why it is needed:
 * - Name: who to expect and tick off at the door; under-18s by alias or first name + initial only,
 *   as everywhere else, because a spreadsheet travels further than the app.
 * - Centre: which venue plans for whom (places, food, rooms).
 * - Age band: staffing ratios and safeguarding for under-18s; the date of birth itself is not needed.
 * - Experience: pairing mentors with learners and balancing teams.
 * - Status: who is confirmed, who is still waiting, who withdrew.
 * - Guardian consent: a young person without it may not take part on the day.
 * - Photo consent: photographers at the venue must know whom not to photograph.
 * - Consent needs checking: a consent that may be the young person's own must be checked with the family
 *   before the day (the reason only, never an address).
 * No email, no guardian email, no date of birth, no skills: none of them is needed to run the day.
 */
export async function registrationsCsv(
  db: Db,
  params: RowScope & { event: { slug: string }; filenameSuffix?: string },
) {
  const rows = await organiserRows(db, params);
  const csv = toCsv(
    [
      "Name",
      "Centre",
      "Age band",
      "Experience",
      "Status",
      "Guardian consent",
      "Photo consent",
      "Consent needs checking",
    ],
    rows.map((r) => [
      r.displayName,
      r.centre ?? NO_CENTRE,
      r.ageBandLabel,
      EXPERIENCE_LABELS[r.experience],
      REGISTRATION_STATUS_LABELS[r.status],
      r.consentStatusLabel,
      r.photoConsent === null ? "" : r.photoConsent ? "Yes" : "No",
      r.consentDoubts.map((d) => d.label).join("; "),
    ]),
  );
  return { filename: `${params.event.slug}-registrations${params.filenameSuffix ?? ""}.csv`, csv };
}

export type ConsentLinkView =
  | { state: "UNKNOWN" | "EXPIRED" | "REPLACED" | "NOT_NEEDED" }
  | {
      /** A live link that the viewer may not use: it would be the young person consenting for themselves. */
      state: "NOT_GUARDIAN";
      reason: ConsentDoubt;
    }
  | {
      /** Consent was given with this link; the same link lets the guardian withdraw it. */
      state: "USED";
      eventName: string;
      timeZone: string;
      firstName: string;
      consentedAt: Date;
      withdrawnAt: Date | null;
      photo: boolean;
      publicCredit: boolean;
      /** The version of the consent text the consent in force was given to. */
      textVersion: string | null;
      /** The event's consent text changed since: a link to confirm the new one was emailed. */
      newTextToConfirm: boolean;
      /** The scopes the guardian can change now, with their current answers (scopesAskedFor). */
      changeable: { key: ChangeableScope; label: string; hint: string; allowed: boolean }[];
      /** Who may collect them from the venue (server/checkin setCollection), in the guardian's order. */
      mayLeaveAlone: boolean;
      collectors: { id: string; name: string; relationship: string }[];
    }
  | {
      state: "VALID";
      eventName: string;
      startsAt: Date;
      timeZone: string;
      firstName: string;
      consentTextVersion: string;
      consentText: readonly string[];
      scopes: { key: (typeof CONSENT_SCOPES)[number]; label: string; hint: string; required: boolean }[];
      expiresAt: Date;
      /** For a link asking to confirm a new text: the answers in force, to start from (null otherwise). */
      previous: { photo: boolean; publicCredit: boolean; teamFinder: boolean } | null;
    };

export const consentLookupSelect = {
  id: true,
  guardianEmail: true,
  createdAt: true,
  expiresAt: true,
  consentedAt: true,
  withdrawnAt: true,
  photo: true,
  publicCredit: true,
  teamFinder: true,
  mayLeaveAlone: true,
  reconfirmation: true,
  consentTextVersion: true,
  registrationId: true,
  registration: {
    select: {
      ...AGE_FACTS_SELECT,
      status: true,
      checkInCode: true,
      /** The language the young person registered in: the emails to them are written in it. */
      locale: true,
      consents: {
        ...consentInForce,
        select: {
          id: true,
          photo: true,
          publicCredit: true,
          teamFinder: true,
          consentTextVersion: true,
          consentedAt: true,
        },
      },
      collectors: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, name: true, relationship: true },
      },
      eventId: true,
      userId: true,
      user: { select: { name: true, alias: true, email: true } },
      event: {
        select: {
          name: true,
          slug: true,
          startsAt: true,
          timeZone: true,
          digitalConsentAge: true,
          consentText: true,
        },
      },
    },
  },
} satisfies Prisma.GuardianConsentSelect;

/** The scopes a link's guardian is asked about (scopesAskedFor), from a consentLookupSelect row. */
export function scopesAskedOf(consent: {
  registration: AgeFacts & { event: { startsAt: Date; timeZone: string; digitalConsentAge: number } };
}): ConsentScope[] {
  const { registration } = consent;
  return scopesAskedFor({
    age: registrantAge(registration, registration.event),
    digitalConsentAge: registration.event.digitalConsentAge,
  });
}

/** Finds a consent link by its token (only the hash is stored) and says what it can still do. */
export async function findConsentLink(db: Pick<Db, "guardianConsent">, params: { token: string; now: Date }) {
  const consent = await db.guardianConsent.findUnique({
    where: { tokenHash: hashConsentToken(params.token) },
    select: consentLookupSelect,
  });
  const newerLive = consent
    ? await db.guardianConsent.count({
        where: {
          registrationId: consent.registrationId,
          id: { not: consent.id },
          consentedAt: null,
          expiresAt: { gt: params.now },
        },
      })
    : 0;
  const state = consentLinkState({
    consent,
    registrationStatus: consent?.registration.status ?? null,
    hasNewerLiveLink: newerLive > 0,
    now: params.now,
  });
  return { consent, state };
}

/**
 * What the consent page shows for a link. A live link is refused up front (NOT_GUARDIAN) when using it
 * would be the young person consenting for themselves, with the same rule `giveConsent` enforces.
 */
export async function consentLinkView(
  db: Db,
  params: { token: string; viewer: { id: string; email: string } | null; now: Date },
): Promise<ConsentLinkView> {
  const { consent, state } = await findConsentLink(db, params);
  if (state === "USED" && consent?.consentedAt) {
    const { event, user } = consent.registration;
    // The consent in force now: a guardian who confirmed a new text since has a newer one.
    const current = consent.withdrawnAt ? consent : (consent.registration.consents[0] ?? consent);
    const currentText = consentTextOf(event);
    return {
      state,
      eventName: event.name,
      timeZone: event.timeZone,
      firstName: nameForGuardian(user),
      consentedAt: current.consentedAt ?? consent.consentedAt,
      withdrawnAt: consent.withdrawnAt,
      photo: current.photo,
      publicCredit: current.publicCredit,
      textVersion: current.consentTextVersion,
      newTextToConfirm: current.consentTextVersion !== currentText.version,
      changeable: CHANGEABLE_SCOPES.filter((key) => scopesAskedOf(consent).includes(key)).map((key) => ({
        key,
        label: CONSENT_SCOPE_TEXT[key].label,
        hint: CONSENT_SCOPE_TEXT[key].hint,
        allowed: current[key],
      })),
      mayLeaveAlone: consent.mayLeaveAlone,
      collectors: consent.registration.collectors,
    };
  }
  if (state !== "VALID" || !consent)
    return { state: state === "VALID" || state === "USED" ? "UNKNOWN" : state };
  const { event, user } = consent.registration;
  const [doubt] = consentDoubts({
    participant: { id: consent.registration.userId, email: user.email },
    guardianEmail: consent.guardianEmail,
    givenBy: params.viewer,
  });
  if (doubt) return { state: "NOT_GUARDIAN", reason: doubt };
  const text = consentTextOf(event);
  const previous = consent.registration.consents[0];
  return {
    state,
    eventName: event.name,
    startsAt: event.startsAt,
    timeZone: event.timeZone,
    firstName: nameForGuardian(user),
    consentTextVersion: text.version,
    consentText: text.paragraphs,
    scopes: scopesAskedOf(consent).map((key) => ({ key, ...CONSENT_SCOPE_TEXT[key] })),
    expiresAt: consent.expiresAt,
    // Confirming a new text: the answers given before, to start from.
    previous:
      consent.reconfirmation && previous
        ? { photo: previous.photo, publicCredit: previous.publicCredit, teamFinder: previous.teamFinder }
        : null,
  };
}

/**
 * How many people hold a place but have no centre: they registered before the event had any (or were
 * never asked). Organisers and centre leads are told, since such people are in nobody's centre list.
 */
export function registrationsWithoutCentre(db: Db, params: { eventId: string }): Promise<number> {
  return db.registration.count({ where: { eventId: params.eventId, centreId: null, ...holdsPlace } });
}

/** The caller's registration status for the event ("PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN"), or null. */
export async function registrationStatusOf(db: Db, params: { eventId: string; userId: string }) {
  const row = await db.registration.findUnique({
    where: { eventId_userId: { eventId: params.eventId, userId: params.userId } },
    select: { status: true },
  });
  return row?.status ?? null;
}

/**
 * What the organisers' consent-text form shows: the text in force (`text`, paragraphs separated by blank
 * lines; the platform's default when `own` is false) and its `version`; the event's earlier versions,
 * newest first; and, of the consents in force for confirmed registrations, how many were given to this
 * version, how many to an older one, and how many of those have a live link asking to confirm the new.
 */
export async function consentTextSettings(db: Db, params: { eventId: string; now: Date }) {
  const [event, versions, inForce] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id: params.eventId }, select: { consentText: true } }),
    db.consentTextVersion.findMany({
      where: { eventId: params.eventId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { version: true, createdAt: true },
    }),
    db.registration.findMany({
      where: { eventId: params.eventId, status: "CONFIRMED", consents: { some: inForceWhere } },
      select: {
        consents: { ...consentInForce, select: { consentTextVersion: true } },
        _count: {
          select: {
            consents: { where: { reconfirmation: true, consentedAt: null, expiresAt: { gt: params.now } } },
          },
        },
      },
    }),
  ]);
  const text = consentTextOf(event);
  const older = inForce.filter((r) => r.consents[0]?.consentTextVersion !== text.version);
  const current = inForce.length - older.length;
  const asked = older.filter((r) => r._count.consents > 0).length;
  return {
    text: text.paragraphs.join("\n\n"),
    own: text.own,
    version: text.version,
    versions,
    consents: { current, older: older.length, asked },
  };
}
