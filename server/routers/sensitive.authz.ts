// Who may call each sensitive procedure. Run by sensitive.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeYoungPersonWithConsent } from "../test/checkin-factories.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre, makeRegistration } from "../test/registration-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface SensitiveWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** Leads the centre both participants are at. */
  lead: SessionUser;
  /** Leads another centre of the event. */
  otherLead: SessionUser;
  /** An adult registered at the lead's centre, who answers for themselves. */
  adult: SessionUser;
  adultRegistrationId: string;
  /** A young person whose guardian answers for them with `token`. */
  young: SessionUser;
  token: string;
  other: SessionUser;
}

export async function sensitiveWorld(db: Db): Promise<SensitiveWorld> {
  const [organiser, lead, otherLead, adult, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  await db.event.update({
    where: { id: event.id },
    data: { sensitiveFields: ["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"] },
  });
  const [centre, otherCentre] = await Promise.all([makeCentre(db, event.id), makeCentre(db, event.id)]);
  await db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      { eventId: event.id, userId: otherLead.id, role: "CENTRE_LEAD", centreId: otherCentre.id },
    ],
  });
  const registration = await makeRegistration(db, {
    eventId: event.id,
    userId: adult.id,
    centreId: centre.id,
  });
  await db.attendance.create({
    data: { registrationId: registration.id, centreId: centre.id, checkedInAt: now },
    select: { id: true },
  });
  const young = await makeYoungPersonWithConsent(db, { eventId: event.id, centreId: centre.id, now });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return {
    event,
    organiser,
    lead,
    otherLead,
    adult,
    adultRegistrationId: registration.id,
    young: young.user,
    token: young.token,
    other,
  };
}

const expectOrganiser = {
  right: "ok",
  wrong: "FORBIDDEN",
  signedOut: "UNAUTHORIZED",
  other: "FORBIDDEN",
} as const;

// Organisers only; a centre lead does not choose what the event asks.
const organiserOnly = restrictedTo<SensitiveWorld>(
  (w) => w.organiser,
  (w) => w.lead,
);

// The participant's own answers; someone not registered has none.
const ownOnly = restrictedTo<SensitiveWorld>(
  (w) => w.adult,
  (w) => w.lead,
);

const answers = {
  medical: "Nut allergy: EpiPen in the front pocket of the bag",
  access: "",
  emergencyName: "Robin Adult",
  emergencyRelationship: "partner",
  emergencyPhone: "07700 900123",
};

export const sensitiveAuthorization: AuthCases<SensitiveWorld> = {
  "sensitive.settings": organiserOnly((c, w) => c.sensitive.settings({ eventId: w.event.id })),
  "sensitive.updateSettings": organiserOnly((c, w) =>
    c.sensitive.updateSettings({ eventId: w.event.id, fields: ["MEDICAL"] }),
  ),
  "sensitive.accessLog": organiserOnly((c, w) => c.sensitive.accessLog({ eventId: w.event.id })),
  "sensitive.mine": ownOnly((c, w) => c.sensitive.mine({ eventId: w.event.id })),
  "sensitive.saveMine": ownOnly((c, w) => c.sensitive.saveMine({ eventId: w.event.id, ...answers })),
  // Public: the consent link is the authority (a link with no consent in force shows nothing).
  "sensitive.byToken": {
    right: (w) => w.organiser,
    wrong: null,
    call: (c, w) => c.sensitive.byToken({ token: w.token }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  // Public, but the young person themselves is refused.
  "sensitive.saveByToken": {
    right: (w) => w.organiser,
    wrong: (w) => w.young,
    call: (c, w) => c.sensitive.saveByToken({ token: w.token, ...answers }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "ok", other: "ok" },
  },
  // The lead of the person's centre (and organisers); another centre's lead does not find them.
  "sensitive.read": {
    right: (w) => w.lead,
    wrong: (w) => w.otherLead,
    call: (c, w) => c.sensitive.read({ eventId: w.event.id, registrationId: w.adultRegistrationId }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "sensitive.register": {
    right: (w) => w.lead,
    wrong: (w) => w.adult,
    call: (c, w) => c.sensitive.register({ eventId: w.event.id }),
    expect: expectOrganiser,
  },
};
