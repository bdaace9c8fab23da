import "server-only";
import type { Db } from "../db/create.ts";
import { eventCoreSelect } from "../events/queries.ts";
import { eventPhase } from "../events/rules.ts";
import { nameForGuardian } from "../people/rules.ts";
import { nextStep } from "./rules.ts";
import {
  isOptionalCategory,
  MAIL_CATEGORIES,
  MAIL_CATEGORY_TEXT,
  OPTIONAL_MAIL_CATEGORIES,
} from "../mail/preferences.ts";

export function profileOf(db: Db, params: { userId: string }) {
  return db.user.findUniqueOrThrow({
    where: { id: params.userId },
    select: { email: true, name: true, alias: true },
  });
}

const homeEventSelect = eventCoreSelect;

/**
 * Everything a signed-in person has on the platform, for their home page: each event they registered
 * for (status, team, project, and the next step from nextStep), the roles they hold at events (what
 * each will let them do, and when), their organisations, and the young people they gave consent for
 * as a guardian (matched by the address the consent link was sent to). Draft events are left out
 * unless the person organises them. Only the caller's own records: every query is scoped by userId or
 * by their own address.
 */
export async function homeFor(db: Db, params: { userId: string; email: string; now: Date }) {
  const visible = { status: { not: "DRAFT" as const } };
  const [registrations, roles, organisations, consents] = await Promise.all([
    db.registration.findMany({
      where: { userId: params.userId, event: visible },
      orderBy: { event: { startsAt: "desc" } },
      take: 50,
      select: {
        status: true,
        event: { select: homeEventSelect },
        user: {
          select: {
            teamMembers: {
              where: { team: { event: visible } },
              select: {
                eventId: true,
                team: { select: { name: true, submission: { select: { status: true, title: true } } } },
              },
            },
          },
        },
      },
    }),
    db.eventRole.findMany({
      where: { userId: params.userId },
      orderBy: [{ event: { startsAt: "desc" } }, { role: "asc" }],
      take: 100,
      select: {
        id: true,
        role: true,
        centre: { select: { name: true } },
        event: { select: homeEventSelect },
      },
    }),
    db.organisationMember.findMany({
      where: { userId: params.userId },
      orderBy: { organisation: { name: "asc" } },
      take: 50,
      select: { role: true, organisation: { select: { slug: true, name: true } } },
    }),
    db.guardianConsent.findMany({
      where: { guardianEmail: params.email.toLowerCase(), consentedAt: { not: null } },
      orderBy: { consentedAt: "desc" },
      take: 50,
      select: {
        id: true,
        consentedAt: true,
        withdrawnAt: true,
        photo: true,
        publicCredit: true,
        registration: {
          select: {
            user: { select: { name: true, alias: true } },
            event: { select: { name: true, slug: true } },
          },
        },
      },
    }),
  ]);
  return {
    registrations: registrations.map((r) => {
      const membership = r.user.teamMembers.find((m) => m.eventId === r.event.id);
      const team = membership?.team ?? null;
      const state = eventPhase(r.event, params.now);
      return {
        event: { id: r.event.id, slug: r.event.slug, name: r.event.name, timeZone: r.event.timeZone },
        phase: state.phase,
        nextMilestone: state.nextMilestone,
        status: r.status,
        team: team ? { name: team.name } : null,
        project: team?.submission ?? null,
        nextStep: nextStep({
          registration: r.status,
          inTeam: team !== null,
          project: team?.submission?.status ?? null,
          capabilities: state.capabilities,
        }),
      };
    }),
    roles: roles
      .filter((r) => r.event.status !== "DRAFT" || r.role === "ORGANISER")
      .map((r) => ({
        id: r.id,
        role: r.role,
        centreName: r.centre?.name ?? null,
        event: { id: r.event.id, slug: r.event.slug, name: r.event.name, timeZone: r.event.timeZone },
        judgingOpensAt: r.event.submissionDeadline,
        judgingClosesAt: r.event.judgingClosesAt,
        startsAt: r.event.startsAt,
        phase: eventPhase(r.event, params.now).phase,
      })),
    organisations: organisations.map((m) => ({ ...m.organisation, role: m.role })),
    guardianOf: consents.map((c) => ({
      id: c.id,
      firstName: nameForGuardian({ name: c.registration.user.name, alias: c.registration.user.alias }),
      event: c.registration.event,
      consentedAt: c.consentedAt,
      withdrawnAt: c.withdrawnAt,
      photo: c.photo,
      publicCredit: c.publicCredit,
    })),
  };
}

export type Home = Awaited<ReturnType<typeof homeFor>>;

/** What the header needs: whether the person has anything under Manage or Organisations. */
export async function navFor(db: Db, params: { userId: string; isPlatformAdmin: boolean }) {
  const [roles, organisations, rounds] = await Promise.all([
    params.isPlatformAdmin ? Promise.resolve(1) : db.eventRole.count({ where: { userId: params.userId } }),
    db.organisationMember.count({ where: { userId: params.userId } }),
    // The same rounds /judging lists: invited and not removed, of events that are out of draft.
    db.roundJudge.count({
      where: { userId: params.userId, removedAt: null, round: { event: { status: { not: "DRAFT" } } } },
    }),
  ]);
  return { manage: roles > 0, organisations: organisations > 0, judges: rounds > 0 };
}

/**
 * The categories of email this person can turn off, each with whether they get it, and those that are
 * always sent.
 */
export async function emailPreferencesOf(db: Db, params: { userId: string }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: params.userId },
    select: { emailOptOuts: true },
  });
  return {
    optional: OPTIONAL_MAIL_CATEGORIES.map((category) => ({
      category,
      ...MAIL_CATEGORY_TEXT[category],
      on: !user.emailOptOuts.includes(category),
    })),
    always: MAIL_CATEGORIES.filter((category) => !isOptionalCategory(category)).map((category) => ({
      category,
      ...MAIL_CATEGORY_TEXT[category],
    })),
  };
}
