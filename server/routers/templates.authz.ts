// Who may call each templates procedure. Run by templates.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { AuthCases, AuthWorld } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface TemplatesWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** A centre lead of the event: staff, but not an organiser. */
  lead: SessionUser;
  /** A judge of the event. */
  judge: SessionUser;
  templateId: string;
  /** An earlier event the organiser also ran, with a template to copy. */
  earlierEventId: string;
  /** The organiser of another event. */
  other: SessionUser;
}

export async function templatesWorld(db: Db): Promise<TemplatesWorld> {
  const [organiser, lead, judge, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: lead.id, role: "CENTRE_LEAD" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const earlier = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const [template] = await Promise.all([
    db.responseTemplate.create({
      data: { eventId: event.id, title: "Thanks", body: "Thank you, {team}!", uses: ["FEEDBACK"] },
      select: { id: true },
    }),
    db.responseTemplate.create({
      data: { eventId: earlier.id, title: "Welcome", body: "Welcome to {event}.", uses: ["ANNOUNCEMENT"] },
      select: { id: true },
    }),
  ]);
  return { event, organiser, lead, judge, templateId: template.id, earlierEventId: earlier.id, other };
}

const fields = {
  title: "Needs a dataset",
  body: "Please link the open data {challenge} uses before {deadline}.",
  uses: ["CHALLENGE_CHANGES" as const],
};
const organisersOnly = {
  right: "ok",
  wrong: "FORBIDDEN",
  signedOut: "UNAUTHORIZED",
  other: "FORBIDDEN",
} as const;

export const templatesAuthorization: AuthCases<TemplatesWorld> = {
  // Organisers of the event only: not its centre leads, nor another event's organisers.
  "templates.list": {
    right: (w) => w.organiser,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.list({ eventId: w.event.id }),
    expect: organisersOnly,
  },
  // Organisers for every use; the event's judges for feedback only (checked in templates.int.test.ts).
  "templates.forUse": {
    right: (w) => w.judge,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.forUse({ eventId: w.event.id, use: "FEEDBACK" }),
    expect: organisersOnly,
  },
  "templates.manage": {
    right: (w) => w.organiser,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.manage({ eventId: w.event.id }),
    expect: organisersOnly,
  },
  "templates.create": {
    right: (w) => w.organiser,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.create({ eventId: w.event.id, ...fields }),
    expect: organisersOnly,
  },
  "templates.update": {
    right: (w) => w.organiser,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.update({ eventId: w.event.id, templateId: w.templateId, ...fields }),
    expect: organisersOnly,
  },
  "templates.delete": {
    right: (w) => w.organiser,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.delete({ eventId: w.event.id, templateId: w.templateId }),
    expect: organisersOnly,
  },
  "templates.copy": {
    right: (w) => w.organiser,
    wrong: (w) => w.lead,
    call: (c, w) => c.templates.copy({ eventId: w.event.id, fromEventId: w.earlierEventId }),
    expect: organisersOnly,
  },
};
