// A person's own data, as one JSON document ("download my data").
import type { Db } from "../db/create.ts";
import { calendarDateOf, formatCalendarDate } from "../registrations/rules.ts";

/** The version of the document's shape (docs/data-formats.md "Your data"); bumped when a field changes meaning. */
export const MY_DATA_FORMAT = 1;

const day = (d: Date | null) => (d ? formatCalendarDate(calendarDateOf(d)) : null);

/**
 * Everything the platform holds about the person with `userId`, as plain JSON (times in ISO 8601 UTC,
 * dates of birth as YYYY-MM-DD): their account, organisations, event roles, registrations (with the
 * guardian consent records, sensitive answers, authorised adults, check-in visits and published
 * learner groups of each), teams and projects, join requests, judging (rounds, assignments, the scores and notes they wrote, conflicts
 * declared), the certificates they downloaded, their places at weekly clubs, and what the audit log records they did. Only rows tied to this person: other people appear
 * by team or project name only. Audit entries: the latest 1,000.
 */
export async function myData(db: Db, params: { userId: string; now: Date }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: params.userId },
    select: {
      email: true,
      name: true,
      alias: true,
      emailOptOuts: true,
      isPlatformAdmin: true,
      createdAt: true,
      memberships: {
        select: { role: true, createdAt: true, organisation: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
      certificates: {
        select: { code: true, kind: true, name: true, issuedAt: true, event: { select: { name: true } } },
        orderBy: { issuedAt: "asc" },
      },
      clubBookings: {
        select: {
          status: true,
          ageAtBooking: true,
          locale: true,
          userId: true,
          bookedById: true,
          createdAt: true,
          cancelledAt: true,
          session: { select: { title: true, organisation: { select: { name: true } } } },
        },
        orderBy: { createdAt: "asc" },
      },
      eventRoles: {
        select: {
          role: true,
          createdAt: true,
          event: { select: { name: true } },
          centre: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      registrations: {
        orderBy: { createdAt: "asc" },
        select: {
          status: true,
          experience: true,
          skills: true,
          dateOfBirth: true,
          ageAtStart: true,
          guardianEmail: true,
          affiliation: true,
          lookingForTeam: true,
          teamFinderNote: true,
          codeOfConductVersion: true,
          codeOfConductAt: true,
          checkInCode: true,
          createdAt: true,
          withdrawnAt: true,
          event: { select: { name: true, slug: true } },
          centre: { select: { name: true } },
          consents: {
            orderBy: { createdAt: "asc" },
            select: {
              guardianEmail: true,
              guardianName: true,
              consentTextVersion: true,
              attend: true,
              photo: true,
              publicCredit: true,
              mayLeaveAlone: true,
              createdAt: true,
              consentedAt: true,
              withdrawnAt: true,
            },
          },
          sensitive: {
            select: {
              medical: true,
              access: true,
              emergencyName: true,
              emergencyRelationship: true,
              emergencyPhone: true,
              updatedAt: true,
            },
          },
          collectors: {
            select: { name: true, relationship: true, createdAt: true },
            orderBy: { createdAt: "asc" },
          },
          visits: {
            orderBy: { checkedInAt: "asc" },
            select: {
              checkedInAt: true,
              checkedOutAt: true,
              departure: true,
              collectedBy: true,
              overrideReason: true,
            },
          },
          groups: {
            where: { group: { publishedAt: { not: null } } },
            orderBy: { day: "asc" },
            select: { day: true, group: { select: { label: true, level: true } } },
          },
        },
      },
      teamMembers: {
        orderBy: { joinedAt: "asc" },
        select: {
          isCaptain: true,
          joinedAt: true,
          team: {
            select: {
              name: true,
              event: { select: { name: true } },
              submission: { select: { title: true, status: true, repositoryUrl: true, demoUrl: true } },
            },
          },
        },
      },
      joinRequests: {
        select: {
          message: true,
          createdAt: true,
          team: { select: { name: true, event: { select: { name: true } } } },
        },
      },
      roundJudging: {
        select: {
          status: true,
          affiliation: true,
          invitedAt: true,
          respondedAt: true,
          removedAt: true,
          round: { select: { name: true, event: { select: { name: true } } } },
          assignments: {
            select: {
              status: true,
              reason: true,
              privateNote: true,
              feedback: true,
              entry: { select: { submission: { select: { title: true } } } },
              scores: { select: { value: true, criterion: { select: { name: true } } } },
            },
          },
        },
      },
      conflicts: {
        select: {
          kind: true,
          note: true,
          resolution: true,
          createdAt: true,
          event: { select: { name: true } },
          team: { select: { name: true } },
          organisation: { select: { name: true } },
        },
      },
    },
  });
  const activity = await db.auditLog.findMany({
    where: { actorId: params.userId },
    orderBy: { createdAt: "desc" },
    take: 1000,
    select: { action: true, entityType: true, createdAt: true, event: { select: { name: true } } },
  });
  const {
    memberships,
    eventRoles,
    registrations,
    teamMembers,
    joinRequests,
    roundJudging,
    conflicts,
    certificates,
    clubBookings,
    ...account
  } = user;
  return {
    format: MY_DATA_FORMAT,
    exportedAt: params.now.toISOString(),
    account,
    organisations: memberships.map((m) => ({
      organisation: m.organisation.name,
      role: m.role,
      since: m.createdAt,
    })),
    eventRoles: eventRoles.map((r) => ({
      event: r.event.name,
      role: r.role,
      centre: r.centre?.name ?? null,
      since: r.createdAt,
    })),
    registrations: registrations.map(({ event, centre, dateOfBirth, ...r }) => ({
      event: event.name,
      eventSlug: event.slug,
      centre: centre?.name ?? null,
      dateOfBirth: day(dateOfBirth),
      ...r,
    })),
    teams: teamMembers.map((m) => ({
      event: m.team.event.name,
      team: m.team.name,
      isCaptain: m.isCaptain,
      joinedAt: m.joinedAt,
      project: m.team.submission,
    })),
    joinRequests: joinRequests.map((j) => ({
      event: j.team.event.name,
      team: j.team.name,
      message: j.message,
      sentAt: j.createdAt,
    })),
    judging: roundJudging.map((j) => ({
      event: j.round.event.name,
      round: j.round.name,
      status: j.status,
      affiliation: j.affiliation,
      invitedAt: j.invitedAt,
      respondedAt: j.respondedAt,
      removedAt: j.removedAt,
      assignments: j.assignments.map((a) => ({
        project: a.entry.submission.title,
        status: a.status,
        reason: a.reason,
        privateNote: a.privateNote,
        feedback: a.feedback,
        scores: a.scores.map((s) => ({ criterion: s.criterion.name, value: s.value })),
      })),
    })),
    conflictsDeclared: conflicts.map((c) => ({
      event: c.event.name,
      kind: c.kind,
      team: c.team?.name ?? null,
      organisation: c.organisation?.name ?? null,
      note: c.note,
      resolution: c.resolution,
      declaredAt: c.createdAt,
    })),
    certificates: certificates.map((c) => ({
      event: c.event.name,
      kind: c.kind,
      nameOnIt: c.name,
      code: c.code,
      issuedAt: c.issuedAt,
    })),
    clubBookings: clubBookings.map((b) => ({
      club: b.session.title,
      organisation: b.session.organisation.name,
      status: b.status,
      ageWhenBooked: b.ageAtBooking,
      language: b.locale,
      bookedByAGuardian: b.bookedById !== b.userId,
      bookedAt: b.createdAt,
      cancelledAt: b.cancelledAt,
    })),
    activity: activity.map((a) => ({
      action: a.action,
      on: a.entityType,
      event: a.event?.name ?? null,
      at: a.createdAt,
    })),
  };
}
