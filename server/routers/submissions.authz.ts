// Who may call each submissions procedure. Run by submissions.authz.int.test.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, openToAll, restrictedTo } from "../test/authorization.ts";
import { callerFor } from "../test/callers.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makePublishedChallenge, tinyPngBase64 } from "../test/submission-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

/** The event is created around `created`; procedures run at `now`, during hacking. */
const created = new Date("2026-11-24T12:00:00.000Z");
export const now = new Date(created.getTime() + 8 * 24 * 3_600_000);

export interface SubmissionsWorld extends AuthWorld {
  event: { id: string; slug: string };
  teamId: string;
  member: SessionUser;
  /** In another team of the same event. */
  otherTeamMember: SessionUser;
  organiser: SessionUser;
  judge: SessionUser;
  /** A member of a team in another event (the "other" caller). */
  other: SessionUser;
  submissionId: string;
  /** Of the team's submitted project (gallery open). */
  imageId: string;
  /** Of another team's draft, visible to that team only. */
  draftImageId: string;
  draftTeamMember: SessionUser;
  version: number;
  challengeId: string;
}

const content = (challengeId: string) => ({
  title: "Bus Buddy",
  tagline: "Never miss the bus",
  description: "Live bus times read aloud for people who find timetables hard.",
  repositoryUrl: "https://example.org/repo",
  demoUrl: "",
  videoUrl: "",
  technologies: ["TypeScript"],
  challengeIds: [challengeId],
});

export async function submissionsWorld(db: Db): Promise<SubmissionsWorld> {
  const [organiser, judge] = await Promise.all([makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now: created,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const challenge = await makePublishedChallenge(db, { eventId: event.id });
  const [member, otherTeamMember, draftTeamMember] = await Promise.all([
    makeParticipant(db, { eventId: event.id }),
    makeParticipant(db, { eventId: event.id }),
    makeParticipant(db, { eventId: event.id }),
  ]);
  const team = await makeTeam(db, { eventId: event.id, captain: member });
  await makeTeam(db, { eventId: event.id, captain: otherTeamMember });
  const draftTeam = await makeTeam(db, { eventId: event.id, captain: draftTeamMember });

  const otherEvent = await makeEvent(db, { now: created });
  const other = await makeParticipant(db, { eventId: otherEvent.id });
  await makeTeam(db, { eventId: otherEvent.id, captain: other });

  const caller = callerFor(db, member, now);
  const saved = await caller.submissions.save({
    eventId: event.id,
    teamId: team.id,
    expectedVersion: 0,
    ...content(challenge.id),
  });
  const withImage = await caller.submissions.addImage({
    eventId: event.id,
    teamId: team.id,
    dataBase64: tinyPngBase64,
    alt: "Screenshot",
  });
  const submitted = await caller.submissions.submit({
    eventId: event.id,
    teamId: team.id,
    expectedVersion: saved.version,
  });
  await callerFor(db, organiser, now).submissions.openGallery({ eventId: event.id });

  const draftCaller = callerFor(db, draftTeamMember, now);
  await draftCaller.submissions.save({
    eventId: event.id,
    teamId: draftTeam.id,
    expectedVersion: 0,
    ...content(challenge.id),
  });
  const draft = await draftCaller.submissions.addImage({
    eventId: event.id,
    teamId: draftTeam.id,
    dataBase64: tinyPngBase64,
    alt: "Draft screenshot",
  });

  return {
    event,
    teamId: team.id,
    member,
    otherTeamMember,
    organiser,
    judge,
    other,
    submissionId: submitted.id,
    imageId: withImage.images[0]?.id ?? "",
    draftImageId: draft.images[0]?.id ?? "",
    draftTeamMember,
    version: submitted.version,
    challengeId: challenge.id,
  };
}

// Team procedures: a member of another team in the same event is refused (403); the member of a team
// in another event is not registered here (403).
const teamOnly = restrictedTo<SubmissionsWorld>(
  (w) => w.member,
  (w) => w.otherTeamMember,
);

const organiserOnly = restrictedTo<SubmissionsWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

const everyone = openToAll<SubmissionsWorld>((w) => w.otherTeamMember);

export const submissionsAuthorization: AuthCases<SubmissionsWorld> = {
  "submissions.mine": teamOnly((c, w) => c.submissions.mine({ eventId: w.event.id, teamId: w.teamId })),
  "submissions.save": teamOnly((c, w) =>
    c.submissions.save({
      eventId: w.event.id,
      teamId: w.teamId,
      expectedVersion: w.version,
      ...content(w.challengeId),
    }),
  ),
  "submissions.submit": teamOnly((c, w) =>
    c.submissions.submit({ eventId: w.event.id, teamId: w.teamId, expectedVersion: w.version }),
  ),
  "submissions.withdraw": teamOnly((c, w) =>
    c.submissions.withdraw({ eventId: w.event.id, teamId: w.teamId }),
  ),
  "submissions.addImage": teamOnly((c, w) =>
    c.submissions.addImage({
      eventId: w.event.id,
      teamId: w.teamId,
      dataBase64: tinyPngBase64,
      alt: "Screenshot",
    }),
  ),
  "submissions.removeImage": teamOnly((c, w) =>
    c.submissions.removeImage({ eventId: w.event.id, teamId: w.teamId, imageId: w.imageId }),
  ),
  "submissions.listForOrganisers": organiserOnly((c, w) =>
    c.submissions.listForOrganisers({ eventId: w.event.id }),
  ),
  "submissions.disqualify": organiserOnly((c, w) =>
    c.submissions.disqualify({
      eventId: w.event.id,
      submissionId: w.submissionId,
      reason: "Copied another project",
    }),
  ),
  "submissions.byIdForOrganisers": organiserOnly((c, w) =>
    c.submissions.byIdForOrganisers({ eventId: w.event.id, submissionId: w.submissionId }),
  ),
  "submissions.reinstate": organiserOnly((c, w) =>
    c.submissions.reinstate({ eventId: w.event.id, submissionId: w.submissionId }),
  ),
  "submissions.openGallery": organiserOnly((c, w) => c.submissions.openGallery({ eventId: w.event.id })),
  "submissions.closeGallery": organiserOnly((c, w) => c.submissions.closeGallery({ eventId: w.event.id })),
  "submissions.gallery": everyone((c, w) => c.submissions.gallery({ slug: w.event.slug })),
  "submissions.project": everyone((c, w) =>
    c.submissions.project({ slug: w.event.slug, submissionId: w.submissionId }),
  ),
  // A draft's image: only its team (and the event's organisers and judges) can see it.
  "submissions.image": {
    right: (w) => w.draftTeamMember,
    wrong: (w) => w.member,
    call: (c, w) => c.submissions.image({ imageId: w.draftImageId }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", other: "NOT_FOUND" },
  },
};
