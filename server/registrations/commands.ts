import "server-only";
import { randomBytes } from "node:crypto";
import { appUrl } from "../http/app-url.ts";
import { DEFAULT_LOCALE, addressIn, localeOr, type SiteLocale } from "../http/locales.mjs";
import { audit } from "../audit.ts";
import type { SessionUser } from "../context.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { EventCore } from "../events/queries.ts";
import { eventPhase } from "../events/rules.ts";
import { capabilityNotice } from "../events/notices.ts";
import { consentGivenMail, consentWithdrawnMail, guardianConsentMail } from "../mail/consent-templates.ts";
import { sameMailbox } from "../mail/mailbox.ts";
import { sendMail } from "../mail/send.ts";
import { registrationConfirmedMail } from "../mail/registration-templates.ts";
import { centreChangedMail } from "../mail/templates.ts";
import { formatInZone } from "../time/zoned.ts";
import { firstName, greetingName, nameForGuardian, type PersonNames } from "../people/rules.ts";
import { canResendConsentFor, canWithdraw } from "./policy.ts";
import { consentInForce, findConsentLink, hashConsentToken, inForceWhere, scopesAskedOf } from "./queries.ts";
import {
  canResendConsent,
  CONSENT_LINK_DAYS,
  consentDoubts,
  consentExpiry,
  dateOnlyValue,
  eligibility,
  ageOn,
  registrationProblems,
  type ConsentDoubt,
  type ConsentLinkState,
} from "./rules.ts";
import { ageAtEventStart, registrationRulesOf } from "./age.ts";
import { consentTextOf } from "./consent-text.ts";
import { claimCentrePlace, requestPromotion, requestPromotions } from "../waiting-list/commands.ts";
import { REMINDER_DAYS, reminderDue } from "./reminder-rules.ts";
import type { RegisterDetails, RegistrationAnswers } from "./schema.ts";
import { dispatchDeliveries } from "../webhooks/deliver.ts";
import { emitRegistrationConfirmed } from "../webhooks/emit.ts";

/** This module's refusals ("RegistrationErrors"). */
const refuse = refusals("RegistrationErrors");

type RegistrationStatus = "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";

/** The consent page for `token` in `locale`, the language of the registration it is for. */
function consentPath(token: string, locale: SiteLocale): string {
  return addressIn(locale, `/consent/${token}`);
}

/** A registration's stored language as one of the site's (a CHECK keeps the column to them). */
const localeOf = (stored: string): SiteLocale => localeOr(stored, DEFAULT_LOCALE);

/** The full address of the "your registration" page of the event `slug`, in `locale`. */
const registrationUrl = (slug: string, locale: SiteLocale): string =>
  appUrl(addressIn(locale, `/events/${slug}/registration`));

const fieldError = (
  code: "INVALID_INPUT" | "NOT_ELIGIBLE" | "NOT_FOUND" | "CONFLICT",
  field: string,
  said: Said,
) => new DomainError(code, said, { [field]: [said.text] });

/** Expires every live link of a registration, so only the newest (or none) works. */
async function expireLiveLinks(tx: Tx, registrationId: string, now: Date): Promise<void> {
  await tx.guardianConsent.updateMany({
    where: { registrationId, consentedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
}

/** A new link: 256 random bits, of which only the sha256 is stored. */
async function createConsentLink(
  tx: Tx,
  params: { registrationId: string; guardianEmail: string; now: Date; reconfirmation?: boolean },
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const created = await tx.guardianConsent.create({
    data: {
      registrationId: params.registrationId,
      guardianEmail: params.guardianEmail,
      reconfirmation: params.reconfirmation ?? false,
      tokenHash: hashConsentToken(token),
      expiresAt: consentExpiry(params.now),
      // The rule clock, so "newest link" and the resend interval are measured on one clock.
      createdAt: params.now,
    },
    select: { id: true },
  });
  return { id: created.id, token };
}

/** A consent link for a registration's guardian, recorded as a request in the audit log. */
async function requestConsentLink(
  tx: Tx,
  params: {
    registrationId: string;
    eventId: string;
    guardianEmail: string;
    actorId: string | null;
    now: Date;
  },
): Promise<string> {
  const link = await createConsentLink(tx, params);
  await audit(tx, {
    actorId: params.actorId,
    eventId: params.eventId,
    action: "consent.request",
    entityType: "GuardianConsent",
    entityId: link.id,
    data: { registrationId: params.registrationId },
  });
  return link.token;
}

async function mailGuardian(
  db: Db,
  params: {
    guardianEmail: string;
    token: string;
    eventName: string;
    person: PersonNames;
    reminder?: { number: number; of: number };
    reconfirm?: boolean;
    /** The registration's language: the email and the page its link opens are in it. */
    locale: SiteLocale;
  },
): Promise<void> {
  await sendMail(
    db,
    params.guardianEmail,
    guardianConsentMail({
      eventName: params.eventName,
      firstName: nameForGuardian(params.person),
      url: appUrl(consentPath(params.token, params.locale)),
      locale: params.locale,
      expiresInDays: CONSENT_LINK_DAYS,
      reminder: params.reminder,
      reconfirm: params.reconfirm,
    }),
  );
}

/**
 * Organisers set the event's consent text (`text`: paragraphs separated by blank lines; empty for the
 * platform's default). A text that makes no new version (consentTextOf) changes nothing. A new version
 * is kept in ConsentTextVersion, audited ("consent.text"), and every guardian whose consent in force was
 * given to another version, for a registration that is confirmed, is asked to confirm the new words: a
 * `reconfirmation` link (their earlier consent stays in force, and on record with its version, until
 * they answer), audited ("consent.reconfirm.request") and emailed after the transaction. Returns the
 * version and how many guardians were asked.
 */
export async function updateConsentText(
  db: Db,
  params: { eventId: string; actorId: string; text: string; now: Date },
): Promise<{ version: string; asked: number }> {
  const { eventId, now } = params;
  const next = consentTextOf({ consentText: params.text });
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { name: true, consentText: true },
    });
    if (consentTextOf(event).version === next.version) return { asks: [], eventName: event.name };
    // The platform's own text is stored as none, so it follows the code's.
    const stored = next.own ? next.paragraphs.join("\n\n") : "";
    await tx.event.update({ where: { id: eventId }, data: { consentText: stored }, select: { id: true } });
    if (next.own) {
      await tx.consentTextVersion.upsert({
        where: { eventId_version: { eventId, version: next.version } },
        create: { eventId, version: next.version, text: stored, createdById: params.actorId },
        update: {},
        select: { id: true },
      });
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId,
      action: "consent.text",
      entityType: "Event",
      entityId: eventId,
      data: { version: next.version },
    });
    // Requests to confirm an earlier new text are moot: whoever still needs to is asked again below.
    await tx.guardianConsent.updateMany({
      where: { reconfirmation: true, consentedAt: null, expiresAt: { gt: now }, registration: { eventId } },
      data: { expiresAt: now },
    });
    const consented = await tx.registration.findMany({
      where: {
        eventId,
        status: "CONFIRMED",
        consents: { some: inForceWhere },
      },
      select: {
        id: true,
        guardianEmail: true,
        locale: true,
        user: { select: { name: true, alias: true } },
        consents: { ...consentInForce, select: { consentTextVersion: true, guardianEmail: true } },
      },
    });
    const asks: { guardianEmail: string; token: string; person: PersonNames; locale: SiteLocale }[] = [];
    for (const r of consented) {
      const inForce = r.consents[0];
      if (!inForce || inForce.consentTextVersion === next.version) continue;
      // The address they consented from (a deleted account's consent keeps none: nobody to ask).
      const guardianEmail = inForce.guardianEmail || r.guardianEmail;
      if (!guardianEmail) continue;
      await expireLiveLinks(tx, r.id, now);
      const link = await createConsentLink(tx, {
        registrationId: r.id,
        guardianEmail,
        now,
        reconfirmation: true,
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId,
        action: "consent.reconfirm.request",
        entityType: "GuardianConsent",
        entityId: link.id,
        data: { registrationId: r.id, version: next.version },
      });
      asks.push({ guardianEmail, token: link.token, person: r.user, locale: localeOf(r.locale) });
    }
    return { asks, eventName: event.name };
  });
  for (const ask of result.asks) {
    await mailGuardian(db, { ...ask, eventName: result.eventName, reconfirm: true });
  }
  return { version: next.version, asked: result.asks.length };
}

/**
 * The guardian's address for an under-18, refused when missing or when it is the young person's own
 * mailbox: compared by mailbox, not spelling, so `kit+mum@…` is refused for `kit@…` (see `mailboxKey`).
 */
function checkGuardianEmail(guardianEmail: string | null, ownEmail: string): string {
  if (!guardianEmail) {
    throw fieldError("INVALID_INPUT", "guardianEmail", refuse("guardianEmailNeeded"));
  }
  if (sameMailbox(guardianEmail, ownEmail)) {
    throw fieldError("INVALID_INPUT", "guardianEmail", refuse("guardianEmailIsYours"));
  }
  return guardianEmail;
}

const alreadyRegistered = () => new DomainError("CONFLICT", refuse("alreadyRegistered"));

/**
 * Registers the caller (or the child's profile a guardian acts for: the guardian is then the one asked
 * for consent, and `consentPath` is the consent page to go to now), or re-registers someone who withdrew (their row is reused, so the
 * (event, user) pair stays unique). Registering again while registered is refused rather than
 * treated as an update: the form would silently overwrite a date of birth or restart a guardian's
 * consent, which should be deliberate, not a double click.
 */
export async function register(
  db: Db,
  params: {
    user: SessionUser;
    event: EventCore;
    existing: { id: string; status: RegistrationStatus } | null;
    details: RegisterDetails;
    now: Date;
  },
): Promise<{ id: string; status: RegistrationStatus; consentPath: string | null }> {
  const { event, details, now, user } = params;
  const state = eventPhase(event, now);
  if (!state.capabilities.canRegister) {
    throw new DomainError(
      "PHASE_CLOSED",
      capabilityNotice("canRegister", state.windows.canRegister, event.timeZone) ??
        refuse("registrationNotOpen"),
    );
  }
  if (params.existing && params.existing.status !== "WITHDRAWN") throw alreadyRegistered();

  const settings = await db.event.findUniqueOrThrow({
    where: { id: event.id },
    select: {
      minimumAge: true,
      consentAge: true,
      digitalConsentAge: true,
      codeOfConductVersion: true,
    },
  });
  if (details.codeOfConductVersion !== settings.codeOfConductVersion) {
    throw new DomainError("STALE_VERSION", refuse("codeOfConductChanged"), {
      acceptCodeOfConduct: [refuse("codeOfConductChangedSinceOpened").text],
    });
  }

  const rules = registrationRulesOf({
    event,
    settings,
    now,
    ownEmail: user.email,
    registeringGuardian: user.guardian?.email ?? null,
    centreRequired: (await db.centre.count({ where: { eventId: event.id } })) > 0,
  });
  // Every rule the form checks too, all at once (the form runs the same function before sending).
  const problems = registrationProblems(details, rules);
  if (Object.keys(problems).length > 0) {
    const tooYoung = problems.dateOfBirth !== undefined && ageOn(details.dateOfBirth, rules.today) >= 0;
    throw new DomainError(
      tooYoung ? "NOT_ELIGIBLE" : "INVALID_INPUT",
      Object.values(problems).flat()[0] ?? refuse("answersNeedFixing"),
      problems,
    );
  }
  await checkCentreChoice(db, { eventId: event.id, centreId: details.centreId });

  const verdict = eligibility({
    age: ageAtEventStart(details.dateOfBirth, event),
    minimumAge: settings.minimumAge,
    consentAge: settings.consentAge,
  });
  const needsConsent = verdict.eligible && verdict.needsGuardianConsent;
  // A guardian registering a child's profile they keep is the guardian asked, whatever the form said.
  const guardianEmail = needsConsent ? (user.guardian?.email ?? details.guardianEmail) : null;
  const status: RegistrationStatus = needsConsent ? "PENDING_CONSENT" : "CONFIRMED";

  const data = {
    centreId: details.centreId,
    experience: details.experience,
    skills: [...details.skills, ...details.tags],
    dateOfBirth: dateOnlyValue(details.dateOfBirth),
    status,
    guardianEmail,
    codeOfConductVersion: settings.codeOfConductVersion,
    codeOfConductAt: now,
    locale: details.locale,
    withdrawnAt: null,
    checkedInAt: null,
    lookingForTeam: false,
  };

  let result: { id: string; token: string | null; freedCentreIds: string[]; hooks: string[] };
  try {
    result = await db.$transaction(async (tx) => {
      // A full centre is refused, unless the person holds a live offer from its waiting list (their place).
      const { freedCentreIds } = details.centreId
        ? await claimCentrePlace(tx, { centreId: details.centreId, userId: user.id, now })
        : { freedCentreIds: [] };
      // The names go on the account, before any guardian is asked: every page and email names them.
      await tx.user.update({
        where: { id: user.id },
        data: { name: details.name, alias: details.alias },
        select: { id: true },
      });
      let id: string;
      if (params.existing) {
        const reused = await tx.registration.updateMany({
          where: { id: params.existing.id, eventId: event.id, userId: user.id, status: "WITHDRAWN" },
          data,
        });
        if (reused.count === 0) throw alreadyRegistered();
        id = params.existing.id;
        await expireLiveLinks(tx, id, now);
      } else {
        const created = await tx.registration.create({
          data: { ...data, eventId: event.id, userId: user.id },
          select: { id: true },
        });
        id = created.id;
      }
      await audit(tx, {
        actorId: user.guardian?.id ?? user.id,
        eventId: event.id,
        action: params.existing ? "registration.reregister" : "registration.create",
        entityType: "Registration",
        entityId: id,
        data: { status, codeOfConductVersion: settings.codeOfConductVersion },
      });
      // Webhooks (server/webhooks): ids only, written with the registration, sent after it commits.
      const hooks =
        status === "CONFIRMED"
          ? await emitRegistrationConfirmed(tx, { registrationId: id, at: now, now })
          : [];
      if (!guardianEmail) return { id, token: null, freedCentreIds, hooks };
      const token = await requestConsentLink(tx, {
        registrationId: id,
        eventId: event.id,
        guardianEmail,
        actorId: user.id,
        now,
      });
      return { id, token, freedCentreIds, hooks };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRegistered();
    throw error;
  }
  dispatchDeliveries(db, { deliveryIds: result.hooks, now });
  await requestPromotions(db, { centreIds: result.freedCentreIds, now });
  if (guardianEmail && result.token) {
    await mailGuardian(db, {
      guardianEmail,
      token: result.token,
      eventName: event.name,
      person: { name: details.name, alias: details.alias },
      locale: details.locale,
    });
  }
  if (status === "CONFIRMED") await mailConfirmation(db, { registrationId: result.id });
  // The guardian registering a child's profile is the one asked: they can answer now, without the email.
  const guardianAnswers = user.guardian && result.token ? consentPath(result.token, details.locale) : null;
  return { id: result.id, status, consentPath: guardianAnswers };
}

/**
 * Tells a participant whose place is confirmed on registering where and when, with their check-in code
 * (chosen by the database when the row was written, so read back here).
 */
async function mailConfirmation(db: Db, params: { registrationId: string }): Promise<void> {
  const r = await db.registration.findUniqueOrThrow({
    where: { id: params.registrationId },
    select: {
      checkInCode: true,
      centre: { select: { name: true, addressLine: true } },
      locale: true,
      user: { select: { email: true, name: true, alias: true } },
      event: { select: { name: true, slug: true, startsAt: true, timeZone: true } },
    },
  });
  const locale = localeOf(r.locale);
  await sendMail(
    db,
    r.user.email,
    registrationConfirmedMail({
      recipientName: greetingName(r.user),
      eventName: r.event.name,
      startsAt: formatInZone(r.event.startsAt, r.event.timeZone, { locale }),
      centre: r.centre,
      checkInCode: r.checkInCode,
      url: registrationUrl(r.event.slug, locale),
      locale,
    }),
  );
}

/** A centre is required when the event has centres, and must be one of the event's own. */
async function checkCentreChoice(
  db: Db,
  params: { eventId: string; centreId: string | null },
): Promise<void> {
  const centres = await db.centre.count({ where: { eventId: params.eventId } });
  if (centres > 0 && !params.centreId) {
    throw fieldError("INVALID_INPUT", "centreId", refuse("chooseYourCentre"));
  }
  if (params.centreId) {
    const centre = await db.centre.findFirst({
      where: { id: params.centreId, eventId: params.eventId },
      select: { id: true },
    });
    if (!centre) throw fieldError("INVALID_INPUT", "centreId", refuse("chooseCentreFromList"));
  }
}

const justSent = () => new DomainError("RATE_LIMITED", refuse("emailJustSent"));

/**
 * Asks the guardian of a registration that waits for consent and has no live link, exactly as
 * registering does (a link of which only the hash is stored, audited, emailed). The demo seed uses it,
 * so its young people's guardians have the same consent emails as real ones. Returns whether a link
 * was sent: nothing is sent while a live link exists, so calling it again changes nothing.
 */
export async function requestGuardianConsentIfNone(
  db: Db,
  params: { registrationId: string; actorId: string | null; now: Date },
): Promise<boolean> {
  const registration = await db.registration.findFirst({
    where: { id: params.registrationId, status: "PENDING_CONSENT", guardianEmail: { not: null } },
    select: {
      id: true,
      guardianEmail: true,
      locale: true,
      user: { select: { name: true, alias: true } },
      event: { select: { id: true, name: true } },
    },
  });
  if (!registration?.guardianEmail) return false;
  const guardianEmail = registration.guardianEmail;
  const token = await db.$transaction(async (tx) => {
    const live = await tx.guardianConsent.count({
      where: { registrationId: registration.id, consentedAt: null, expiresAt: { gt: params.now } },
    });
    if (live > 0) return null;
    return requestConsentLink(tx, {
      registrationId: registration.id,
      eventId: registration.event.id,
      guardianEmail,
      actorId: params.actorId,
      now: params.now,
    });
  });
  if (!token) return false;
  await mailGuardian(db, {
    guardianEmail,
    token,
    eventName: registration.event.name,
    person: registration.user,
    locale: localeOf(registration.locale),
  });
  return true;
}

/**
 * The reminder job: for every registration still waiting for consent whose next reminder is due at
 * `now` (reminder-rules.ts: at most three, 2, 5 and 9 days after registering, two days apart, none once
 * the event has started), a new link replaces the live one and the guardian is emailed it, marked as
 * reminder n of 3. Each registration is locked and checked again inside its transaction, so two runs at
 * once (two instances) send one reminder; a guardian who answers in the meantime gets none. Returns how
 * many reminders were sent.
 */
export async function remindGuardians(db: Db, params: { now: Date }): Promise<number> {
  const { now } = params;
  const earliest = new Date(now.getTime() - REMINDER_DAYS[0] * 24 * 60 * 60 * 1000);
  const candidates = await db.registration.findMany({
    where: {
      status: "PENDING_CONSENT",
      guardianEmail: { not: null },
      consentRemindersSent: { lt: REMINDER_DAYS.length },
      createdAt: { lte: earliest },
      event: { startsAt: { gt: now }, status: "PUBLISHED" },
    },
    select: { id: true },
    take: 5_000,
  });
  let sent = 0;
  for (const { id } of candidates) {
    const reminder = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Registration" WHERE id = ${id} FOR UPDATE`;
      const r = await tx.registration.findUniqueOrThrow({
        where: { id },
        select: {
          status: true,
          guardianEmail: true,
          createdAt: true,
          consentRemindersSent: true,
          consentRemindedAt: true,
          locale: true,
          user: { select: { name: true, alias: true } },
          event: { select: { id: true, name: true, startsAt: true } },
        },
      });
      const facts = {
        registeredAt: r.createdAt,
        remindersSent: r.consentRemindersSent,
        lastRemindedAt: r.consentRemindedAt,
        eventStartsAt: r.event.startsAt,
      };
      if (r.status !== "PENDING_CONSENT" || !r.guardianEmail || !reminderDue(facts, now)) return null;
      await expireLiveLinks(tx, id, now);
      const link = await createConsentLink(tx, { registrationId: id, guardianEmail: r.guardianEmail, now });
      const number = r.consentRemindersSent + 1;
      await tx.registration.update({
        where: { id },
        data: { consentRemindersSent: number, consentRemindedAt: now },
        select: { id: true },
      });
      await audit(tx, {
        actorId: null,
        eventId: r.event.id,
        action: "consent.reminder",
        entityType: "GuardianConsent",
        entityId: link.id,
        data: { registrationId: id, reminder: number },
      });
      return {
        token: link.token,
        guardianEmail: r.guardianEmail,
        number,
        person: r.user,
        eventName: r.event.name,
        locale: localeOf(r.locale),
      };
    });
    if (!reminder) continue;
    await mailGuardian(db, {
      guardianEmail: reminder.guardianEmail,
      token: reminder.token,
      eventName: reminder.eventName,
      person: reminder.person,
      reminder: { number: reminder.number, of: REMINDER_DAYS.length },
      locale: reminder.locale,
    });
    sent += 1;
  }
  return sent;
}

/** A new consent link for the guardian (optionally at a corrected address); older links stop working. */
export async function resendConsent(
  db: Db,
  params: {
    user: SessionUser;
    event: EventCore;
    registrationId: string;
    guardianEmail: string | null;
    now: Date;
  },
): Promise<{ sentAt: Date }> {
  const { user, event, now } = params;
  const registration = await db.registration.findFirst({
    where: { id: params.registrationId, eventId: event.id, userId: user.id },
    select: {
      id: true,
      status: true,
      guardianEmail: true,
      locale: true,
      user: { select: { name: true, alias: true } },
      consents: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { createdAt: true } },
    },
  });
  if (!registration) throw new DomainError("NOT_FOUND", refuse("yourRegistrationNotFound"));
  if (!canResendConsentFor(registration.status)) {
    throw new DomainError("CONFLICT", refuse("notWaitingForConsent"));
  }
  if (!canResendConsent(registration.consents[0]?.createdAt ?? null, now)) throw justSent();
  if (!firstName(registration.user.name)) {
    // Registered before names were asked for: the guardian must be told who the email is about.
    throw new DomainError("INVALID_INPUT", refuse("addYourNameFirst"));
  }
  const guardianEmail = checkGuardianEmail(params.guardianEmail ?? registration.guardianEmail, user.email);
  const token = await db.$transaction(async (tx) => {
    // Resends of one registration queue here, and the interval is checked again under the lock: two
    // presses at once send one email, and the first link keeps working.
    await tx.$queryRaw`SELECT id FROM "Registration" WHERE id = ${registration.id} FOR UPDATE`;
    const newest = await tx.guardianConsent.findFirst({
      where: { registrationId: registration.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
    });
    if (!canResendConsent(newest?.createdAt ?? null, now)) throw justSent();
    await expireLiveLinks(tx, registration.id, now);
    const changed = await tx.registration.updateMany({
      where: { id: registration.id, eventId: event.id, userId: user.id, status: "PENDING_CONSENT" },
      data: { guardianEmail },
    });
    if (changed.count === 0) throw new DomainError("CONFLICT", refuse("registrationChangedMeanwhile"));
    const link = await createConsentLink(tx, { registrationId: registration.id, guardianEmail, now });
    await audit(tx, {
      actorId: user.id,
      eventId: event.id,
      action: "consent.resend",
      entityType: "GuardianConsent",
      entityId: link.id,
      data: {
        registrationId: registration.id,
        guardianEmailChanged: guardianEmail !== registration.guardianEmail,
      },
    });
    return link.token;
  });
  await mailGuardian(db, {
    guardianEmail,
    token,
    eventName: event.name,
    person: registration.user,
    locale: localeOf(registration.locale),
  });
  return { sentAt: now };
}

/** Withdraws the caller's registration; someone in a team leaves it first (a team decision). */
/**
 * Changes a participant's answers (centre, experience, skills) while registration is open. A new centre
 * must have a place; someone in a team keeps the team's centre (they leave the team to move).
 */
export async function updateRegistration(
  db: Db,
  params: {
    actorId: string;
    event: EventCore;
    registrationId: string;
    membership: { teamId: string } | null;
    answers: RegistrationAnswers;
    now: Date;
  },
): Promise<{ id: string }> {
  if (!eventPhase(params.event, params.now).capabilities.canRegister) {
    throw new DomainError("PHASE_CLOSED", refuse("answersClosed"));
  }
  const { answers } = params;
  await checkCentreChoice(db, { eventId: params.event.id, centreId: answers.centreId });
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.registration.findFirst({
      where: { id: params.registrationId, eventId: params.event.id, userId: params.actorId },
      select: { centreId: true },
    });
    if (!current) throw new DomainError("NOT_FOUND", refuse("yourRegistrationNotFound"));
    const moving = current.centreId !== answers.centreId;
    if (moving && params.membership) {
      throw new DomainError("CONFLICT", refuse("inTeamAtCentre"), {
        centreId: [refuse("leaveTeamBeforeCentreChange").text],
      });
    }
    const { freedCentreIds } =
      moving && answers.centreId
        ? await claimCentrePlace(tx, { centreId: answers.centreId, userId: params.actorId, now: params.now })
        : { freedCentreIds: [] as string[] };
    await tx.registration.update({
      where: { id: params.registrationId },
      data: {
        centreId: answers.centreId,
        experience: answers.experience,
        skills: [...answers.skills, ...answers.tags],
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "registration.update",
      entityType: "Registration",
      entityId: params.registrationId,
      data: { movedCentre: moving },
    });
    const freed = moving && current.centreId ? [current.centreId, ...freedCentreIds] : freedCentreIds;
    return { id: params.registrationId, freed };
  });
  // The place left behind goes to that centre's waiting list.
  await requestPromotions(db, { centreIds: updated.freed, now: params.now });
  return { id: updated.id };
}

/**
 * An organiser places someone at a centre, or moves them to another one (whether or not registration
 * is still open), and the person is emailed where to go. The centre must have a place. Errors: NOT_FOUND
 * (a registration or centre of another event, or a withdrawn registration), CONFLICT (they are in a
 * team, which belongs to its own centre: they leave it first; or the centre is full).
 */
export async function moveToCentre(
  db: Db,
  params: { actorId: string; event: EventCore; registrationId: string; centreId: string; now: Date },
): Promise<{ moved: boolean }> {
  const { event } = params;
  const outcome = await db.$transaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: params.registrationId, eventId: event.id, status: { not: "WITHDRAWN" } },
      select: { centreId: true, userId: true },
    });
    if (!registration) throw new DomainError("NOT_FOUND", refuse("registrationNotFound"));
    const centre = await tx.centre.findFirst({
      where: { id: params.centreId, eventId: event.id },
      select: { name: true, addressLine: true, openingTimes: true },
    });
    if (!centre) throw fieldError("NOT_FOUND", "centreId", refuse("chooseCentreOfEvent"));
    if (registration.centreId === params.centreId) return null;
    const team = await tx.teamMember.findFirst({
      where: { eventId: event.id, userId: registration.userId },
      select: { team: { select: { name: true } } },
    });
    if (team) {
      throw fieldError("CONFLICT", "centreId", refuse("theirTeamHasCentre", { team: team.team.name }));
    }
    const { freedCentreIds } = await claimCentrePlace(tx, {
      centreId: params.centreId,
      userId: registration.userId,
      now: params.now,
    });
    await tx.registration.update({
      where: { id: params.registrationId },
      data: { centreId: params.centreId },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: event.id,
      action: "registration.move_centre",
      entityType: "Registration",
      entityId: params.registrationId,
      data: { from: registration.centreId, to: params.centreId },
    });
    const freed = registration.centreId ? [registration.centreId, ...freedCentreIds] : freedCentreIds;
    return { userId: registration.userId, centre, freed };
  });
  if (!outcome) return { moved: false };
  await requestPromotions(db, { centreIds: outcome.freed, now: params.now });
  const person = await db.user.findUniqueOrThrow({
    where: { id: outcome.userId },
    select: { email: true, name: true, alias: true },
  });
  await sendMail(
    db,
    person.email,
    centreChangedMail({
      recipientName: greetingName(person),
      eventName: event.name,
      centre: outcome.centre,
      url: appUrl(`/events/${event.slug}/registration`),
    }),
  );
  return { moved: true };
}

export async function withdraw(
  db: Db,
  params: {
    actorId: string;
    event: EventCore;
    registrationId: string;
    membership: { teamId: string } | null;
    now: Date;
  },
): Promise<{ id: string; status: RegistrationStatus }> {
  if (!canWithdraw({ inTeam: params.membership !== null })) {
    throw new DomainError("CONFLICT", refuse("leaveTeamBeforeWithdrawing"));
  }
  const withdrawn = await db.$transaction(async (tx) => {
    const current = await tx.registration.findFirst({
      where: { id: params.registrationId, eventId: params.event.id, userId: params.actorId },
      select: { centreId: true },
    });
    const changed = await tx.registration.updateMany({
      where: {
        id: params.registrationId,
        eventId: params.event.id,
        userId: params.actorId,
        status: { not: "WITHDRAWN" },
      },
      data: { status: "WITHDRAWN", withdrawnAt: params.now, lookingForTeam: false },
    });
    if (changed.count === 0) throw new DomainError("CONFLICT", refuse("alreadyWithdrawn"));
    // A guardian's link must not confirm a registration that no longer exists in spirit.
    await expireLiveLinks(tx, params.registrationId, params.now);
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "registration.withdraw",
      entityType: "Registration",
      entityId: params.registrationId,
    });
    return { id: params.registrationId, status: "WITHDRAWN" as const, centreId: current?.centreId ?? null };
  });
  // The place freed goes to the centre's waiting list, if anyone is on it.
  if (withdrawn.centreId) await requestPromotion(db, { centreId: withdrawn.centreId, now: params.now });
  return { id: withdrawn.id, status: withdrawn.status };
}

const linkProblems: Record<Exclude<ConsentLinkState, "VALID">, () => DomainError> = {
  UNKNOWN: () => new DomainError("NOT_FOUND", refuse("consentLinkUnknown")),
  USED: () => new DomainError("CONFLICT", refuse("consentLinkUsed")),
  EXPIRED: () => new DomainError("CONFLICT", refuse("consentLinkExpired")),
  REPLACED: () => new DomainError("CONFLICT", refuse("consentLinkReplaced")),
  NOT_NEEDED: () => new DomainError("CONFLICT", refuse("consentNotNeeded")),
};

const selfConsentMessages: Record<ConsentDoubt, () => Said> = {
  GUARDIAN_IS_PARTICIPANT_MAILBOX: () => refuse("selfConsentParticipantMailbox"),
  GIVEN_BY_PARTICIPANT: () => refuse("selfConsentGivenByParticipant"),
};

/** SELF_CONSENT when answering `consent`'s link would be the young person answering for themselves. */
function refuseSelfConsent(
  consent: { guardianEmail: string; registration: { userId: string; user: { email: string } } },
  givenBy: { id: string; email: string } | null,
): void {
  const [doubt] = consentDoubts({
    participant: { id: consent.registration.userId, email: consent.registration.user.email },
    guardianEmail: consent.guardianEmail,
    givenBy,
  });
  if (doubt) throw new DomainError("SELF_CONSENT", selfConsentMessages[doubt]());
}

/** The team-finder answer to record: only a guardian asked about it (below the digital consent age) allows it. */
function teamFinderAllowed(consent: Parameters<typeof scopesAskedOf>[0], requested: boolean): boolean {
  return requested && scopesAskedOf(consent).includes("teamFinder");
}

/**
 * A guardian consents through the emailed link: no account is needed, the token is the authority. But
 * a guardian must be a different person from the young person, so consent is refused when the link went
 * to the young person's own mailbox or the caller is signed in as them (`consentDoubts`). The signed-in
 * account, if any, is recorded with the consent and in the audit log.
 */
export async function giveConsent(
  db: Db,
  params: {
    token: string;
    guardianName: string;
    scopes: { attend: true; photo: boolean; publicCredit: boolean; teamFinder: boolean };
    consentTextVersion: string;
    /** The signed-in caller, or null. */
    givenBy: { id: string; email: string } | null;
    now: Date;
  },
): Promise<{ eventName: string; firstName: string }> {
  const young = await db.$transaction(async (tx) => {
    const { consent, state } = await findConsentLink(tx, { token: params.token, now: params.now });
    if (state !== "VALID" || !consent) throw linkProblems[state === "VALID" ? "UNKNOWN" : state]();
    // The words on the page must be the event's words now: organisers may have changed them meanwhile.
    const text = consentTextOf(consent.registration.event);
    if (params.consentTextVersion !== text.version) {
      throw new DomainError("STALE_VERSION", refuse("consentTextChanged"));
    }
    refuseSelfConsent(consent, params.givenBy);
    // Conditional updates: of two guardians submitting at once, exactly one wins.
    const used = await tx.guardianConsent.updateMany({
      where: { id: consent.id, consentedAt: null, expiresAt: { gt: params.now } },
      data: {
        consentedAt: params.now,
        consentedByUserId: params.givenBy?.id ?? null,
        guardianName: params.guardianName,
        consentTextVersion: text.version,
        attend: params.scopes.attend,
        photo: params.scopes.photo,
        publicCredit: params.scopes.publicCredit,
        // Only asked below the age of digital consent; older young people choose for themselves.
        teamFinder: teamFinderAllowed(consent, params.scopes.teamFinder),
      },
    });
    const confirmed = await tx.registration.updateMany({
      where: { id: consent.registrationId, status: "PENDING_CONSENT" },
      data: { status: "CONFIRMED" },
    });
    // Confirming a new text leaves a confirmed place as it is (and the earlier consent on record).
    if (used.count === 0 || (confirmed.count === 0 && !consent.reconfirmation)) throw linkProblems.USED();
    await audit(tx, {
      actorId: params.givenBy?.id ?? null,
      eventId: consent.registration.eventId,
      action: "consent.give",
      entityType: "GuardianConsent",
      entityId: consent.id,
      data: {
        registrationId: consent.registrationId,
        consentTextVersion: text.version,
        scopes: params.scopes,
        reconfirmation: consent.reconfirmation,
      },
    });
    // Webhooks (server/webhooks): ids only, written with the consent, sent after it commits.
    const hooks =
      confirmed.count > 0
        ? await emitRegistrationConfirmed(tx, {
            registrationId: consent.registrationId,
            at: params.now,
            now: params.now,
          })
        : [];
    return { ...consent.registration, newlyConfirmed: confirmed.count > 0, hooks };
  });
  dispatchDeliveries(db, { deliveryIds: young.hooks, now: params.now });
  if (!young.newlyConfirmed) return { eventName: young.event.name, firstName: nameForGuardian(young.user) };
  // The young person learns they can take part now (and what their guardian chose), from us, in the
  // language they registered in.
  const locale = localeOf(young.locale);
  await sendMail(
    db,
    young.user.email,
    consentGivenMail({
      recipientName: greetingName(young.user),
      eventName: young.event.name,
      photo: params.scopes.photo,
      publicCredit: params.scopes.publicCredit,
      checkInCode: young.checkInCode,
      url: registrationUrl(young.event.slug, locale),
      locale,
    }),
  );
  return { eventName: young.event.name, firstName: nameForGuardian(young.user) };
}

/**
 * A guardian changes the optional scopes (CHANGEABLE_SCOPES: photos, public credit, and below the age
 * of digital consent the team finder) of the consent they gave, with the same link, at any time before
 * withdrawing it. A scope they were not asked about stays false. Turning the team finder off takes the
 * young person off it. NOT_FOUND unless the link was used to consent and is not withdrawn; SELF_CONSENT
 * for the young person's own account (as giveConsent). Audited "consent.change" with before and after.
 * Returns the scopes now.
 */
export async function changeConsentScopes(
  db: Db,
  params: {
    token: string;
    scopes: { photo: boolean; publicCredit: boolean; teamFinder: boolean };
    givenBy: { id: string; email: string } | null;
    now: Date;
  },
): Promise<{ photo: boolean; publicCredit: boolean; teamFinder: boolean }> {
  return db.$transaction(async (tx) => {
    const { consent, state } = await findConsentLink(tx, { token: params.token, now: params.now });
    if (state !== "USED" || !consent?.consentedAt || consent.withdrawnAt) {
      throw new DomainError("NOT_FOUND", refuse("consentNotUsedNothingToChange"));
    }
    refuseSelfConsent(consent, params.givenBy);
    const next = {
      photo: params.scopes.photo,
      publicCredit: params.scopes.publicCredit,
      teamFinder: teamFinderAllowed(consent, params.scopes.teamFinder),
    };
    // The consent in force: a guardian who confirmed a new text since has a newer one than this link's.
    const current = consent.registration.consents[0] ?? consent;
    const changed = await tx.guardianConsent.updateMany({
      where: { id: current.id, withdrawnAt: null },
      data: next,
    });
    if (changed.count === 0) throw new DomainError("NOT_FOUND", refuse("consentWithdrawnMeanwhile"));
    if (!next.teamFinder && scopesAskedOf(consent).includes("teamFinder")) {
      await tx.registration.update({
        where: { id: consent.registrationId },
        data: { lookingForTeam: false, teamFinderNote: "" },
        select: { id: true },
      });
    }
    await audit(tx, {
      actorId: params.givenBy?.id ?? null,
      eventId: consent.registration.eventId,
      action: "consent.change",
      entityType: "GuardianConsent",
      entityId: consent.id,
      data: {
        registrationId: consent.registrationId,
        before: { photo: current.photo, publicCredit: current.publicCredit, teamFinder: current.teamFinder },
        after: next,
      },
    });
    return next;
  });
}

/**
 * A guardian withdraws consent through the same emailed link they consented with. The young person's
 * registration goes back to waiting for consent (so they cannot change teams or take part), they are
 * taken off the team finder, the public gallery stops crediting them, and they are told by email.
 * Withdrawing twice is a no-op.
 */
export async function withdrawConsent(
  db: Db,
  params: { token: string; now: Date },
): Promise<{ eventName: string; firstName: string; withdrawnAt: Date }> {
  // `notify` is who to tell, set only by the call that actually withdrew.
  const { notify, ...result } = await db.$transaction(async (tx) => {
    const { consent, state } = await findConsentLink(tx, { token: params.token, now: params.now });
    if (state !== "USED" || !consent?.consentedAt) {
      throw new DomainError("NOT_FOUND", refuse("consentNotUsedNothingToWithdraw"));
    }
    const base = {
      eventName: consent.registration.event.name,
      firstName: nameForGuardian(consent.registration.user),
    };
    if (consent.withdrawnAt) return { ...base, withdrawnAt: consent.withdrawnAt, notify: null };
    // Every consent in force for the registration: this link's, and a newer one given to a new text.
    const marked = await tx.guardianConsent.updateMany({
      where: { registrationId: consent.registrationId, ...inForceWhere },
      data: { withdrawnAt: params.now },
    });
    if (marked.count === 0) {
      const again = await tx.guardianConsent.findUniqueOrThrow({
        where: { id: consent.id },
        select: { withdrawnAt: true },
      });
      return { ...base, withdrawnAt: again.withdrawnAt ?? params.now, notify: null };
    }
    await tx.registration.updateMany({
      where: { id: consent.registrationId, status: "CONFIRMED" },
      data: { status: "PENDING_CONSENT", lookingForTeam: false },
    });
    await audit(tx, {
      actorId: null,
      eventId: consent.registration.eventId,
      action: "consent.withdraw",
      entityType: "GuardianConsent",
      entityId: consent.id,
      data: { registrationId: consent.registrationId },
    });
    return { ...base, withdrawnAt: params.now, notify: consent.registration };
  });
  if (notify) {
    const locale = localeOf(notify.locale);
    await sendMail(
      db,
      notify.user.email,
      consentWithdrawnMail({
        recipientName: greetingName(notify.user),
        eventName: result.eventName,
        url: registrationUrl(notify.event.slug, locale),
        locale,
      }),
    );
  }
  return result;
}
