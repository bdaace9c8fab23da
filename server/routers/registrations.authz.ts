// Who may call each registrations procedure. Run by registrations.authz.int.test.ts; coverage.test.ts
// checks that every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import {
  anySignedIn,
  type AuthCase,
  type AuthCases,
  type AuthWorld,
  openToAll,
  restrictedTo,
} from "../test/authorization.ts";
import { CONSENT_TEXT_VERSION } from "../registrations/rules.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeConsentLink, makeRegistration, registrationFor } from "../test/registration-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface RegistrationsWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  judge: SessionUser;
  leedsCentreId: string;
  /** Leads the event's Leeds centre. */
  lead: SessionUser;
  /** An adult, confirmed, at no centre yet. */
  participant: SessionUser;
  participantRegistrationId: string;
  /** A young person waiting for a guardian (no link sent yet, so a resend is allowed at `now`). */
  minor: SessionUser;
  stranger: SessionUser;
  /** Organiser of, and registered for, another event only. */
  other: SessionUser;
  consentToken: string;
  /** The young person `consentToken` is for: they may not consent for themselves. */
  ward: SessionUser;
  /** A link a guardian already consented with (so it can withdraw). */
  givenConsentToken: string;
  /** The young person `givenConsentToken` is for. */
  consentedWard: SessionUser;
}

const organiserOnly = restrictedTo<RegistrationsWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

// Centre leads (and organisers, who see every centre); a judge has no centre to see.
const centreLeadOnly = restrictedTo<RegistrationsWorld>(
  (w) => w.lead,
  (w) => w.judge,
);

// Registered (not withdrawn) participants of this event only.
const participantOnly = (
  right: (w: RegistrationsWorld) => SessionUser,
  call: AuthCase<RegistrationsWorld>["call"],
): AuthCase<RegistrationsWorld> => restrictedTo<RegistrationsWorld>(right, (w) => w.stranger)(call);

// Any signed-in person may read the form and their own (possibly absent) registration, and register.
const signedIn = anySignedIn<RegistrationsWorld>((w) => w.stranger);

// The guardian has no account: the emailed token is the authority.
const publicCase = openToAll<RegistrationsWorld>((w) => w.stranger);

export const registrationsAuthorization: AuthCases<RegistrationsWorld> = {
  "registrations.form": signedIn((c, w) => c.registrations.form({ eventId: w.event.id })),
  "registrations.mine": signedIn((c, w) => c.registrations.mine({ eventId: w.event.id })),
  "registrations.register": signedIn((c, w) =>
    c.registrations.register({ eventId: w.event.id, ...registrationFor({ centreId: w.leedsCentreId }) }),
  ),
  "registrations.markStarted": signedIn((c, w) => c.registrations.markStarted({ eventId: w.event.id })),
  "registrations.resendConsent": participantOnly(
    (w) => w.minor,
    (c, w) => c.registrations.resendConsent({ eventId: w.event.id, guardianEmail: null }),
  ),
  "registrations.update": participantOnly(
    (w) => w.participant,
    (c, w) =>
      c.registrations.update({ eventId: w.event.id, centreId: w.leedsCentreId, experience: "CONFIDENT" }),
  ),
  "registrations.withdraw": participantOnly(
    (w) => w.participant,
    (c, w) => c.registrations.withdraw({ eventId: w.event.id }),
  ),
  "registrations.list": organiserOnly((c, w) => c.registrations.list({ eventId: w.event.id })),
  "registrations.exportCsv": organiserOnly((c, w) => c.registrations.exportCsv({ eventId: w.event.id })),
  "registrations.moveToCentre": organiserOnly((c, w) =>
    c.registrations.moveToCentre({
      eventId: w.event.id,
      registrationId: w.participantRegistrationId,
      centreId: w.leedsCentreId,
    }),
  ),
  "registrations.forCentres": centreLeadOnly((c, w) => c.registrations.forCentres({ eventId: w.event.id })),
  "registrations.exportCentresCsv": centreLeadOnly((c, w) =>
    c.registrations.exportCentresCsv({ eventId: w.event.id }),
  ),
  "registrations.consentByToken": publicCase((c, w) =>
    c.registrations.consentByToken({ token: w.consentToken }),
  ),
  "registrations.withdrawConsent": publicCase((c, w) =>
    c.registrations.withdrawConsent({ token: w.givenConsentToken }),
  ),
  // Public (the token is the authority), but a guardian is someone other than the young person: signed
  // in as the young person themselves, consent is refused.
  "registrations.giveConsent": {
    right: (w) => w.stranger,
    wrong: (w) => w.ward,
    call: (c, w) =>
      c.registrations.giveConsent({
        token: w.consentToken,
        guardianName: "Pat Guardian",
        attend: true,
        photo: false,
        publicCredit: false,
        consentTextVersion: CONSENT_TEXT_VERSION,
      }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "ok", other: "ok" },
  },
  "registrations.consentText": organiserOnly((c, w) => c.registrations.consentText({ eventId: w.event.id })),
  "registrations.updateConsentText": organiserOnly((c, w) =>
    c.registrations.updateConsentText({
      eventId: w.event.id,
      text: "I am their parent.\n\nThey may attend.",
    }),
  ),
  // The same: the link is the authority, and the young person can't change their own consent.
  "registrations.changeConsentScopes": {
    right: (w) => w.stranger,
    wrong: (w) => w.consentedWard,
    call: (c, w) =>
      c.registrations.changeConsentScopes({ token: w.givenConsentToken, photo: true, publicCredit: false }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "ok", other: "ok" },
  },
};

export async function registrationsWorld(db: Db): Promise<RegistrationsWorld> {
  const [organiser, judge, participant, minor, stranger, other, guardianWard, lead, consentedWard] =
    await Promise.all([
      makeUser(db),
      makeUser(db),
      makeUser(db),
      makeUser(db, { name: "Kit Minor" }),
      makeUser(db),
      makeUser(db, { name: "Sam Young" }),
      makeUser(db, { name: "Robin Ward" }),
      makeUser(db),
      makeUser(db, { name: "Alex Young" }),
    ]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const leeds = await db.centre.create({
    data: { eventId: event.id, name: "Leeds", capacity: 30 },
    select: { id: true },
  });
  await db.eventRole.create({
    data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: leeds.id },
    select: { id: true },
  });
  const elsewhere = await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  await makeRegistration(db, { eventId: elsewhere.id, userId: other.id });
  const participantRegistration = await makeRegistration(db, { eventId: event.id, userId: participant.id });
  await makeRegistration(db, {
    eventId: event.id,
    userId: minor.id,
    status: "PENDING_CONSENT",
    dateOfBirth: "2012-03-03",
    guardianEmail: "parent@example.test",
  });
  const ward = await makeRegistration(db, {
    eventId: event.id,
    userId: guardianWard.id,
    status: "PENDING_CONSENT",
    dateOfBirth: "2013-04-04",
    guardianEmail: "guardian@example.test",
  });
  const consentToken = await makeConsentLink(db, {
    registrationId: ward.id,
    guardianEmail: "guardian@example.test",
    createdAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  const consented = await makeRegistration(db, {
    eventId: event.id,
    userId: consentedWard.id,
    status: "CONFIRMED",
    dateOfBirth: "2012-05-05",
    guardianEmail: "guardian2@example.test",
  });
  const givenConsentToken = await makeConsentLink(db, {
    registrationId: consented.id,
    guardianEmail: "guardian2@example.test",
    createdAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  await db.guardianConsent.updateMany({
    where: { registrationId: consented.id },
    data: {
      consentedAt: now,
      attend: true,
      guardianName: "Pat Guardian",
      consentTextVersion: "consent-2026-1",
    },
  });
  return {
    event,
    participantRegistrationId: participantRegistration.id,
    givenConsentToken,
    leedsCentreId: leeds.id,
    organiser,
    judge,
    lead,
    participant,
    minor,
    stranger,
    other,
    consentToken,
    ward: guardianWard,
    consentedWard,
  };
}
