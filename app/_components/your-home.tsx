import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { REGISTRATION_STATUS_LABELS } from "~/server/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "~/server/submissions/schema";
import { formatInZone } from "~/server/time/zoned";
import { PhaseBadge } from "./phase-badge";
import { cardTitleClass, linkClass, sectionTitleClass, titleLinkClass } from "./text-styles";

type Home = RouterOutputs["users"]["home"];
type Role = Home["roles"][number];

const card = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

/** What each event role lets a person do, and where: roles this product does not serve yet say when. */
export function RoleLine({ role }: { role: Role }) {
  const zone = role.event.timeZone;
  switch (role.role) {
    case "ORGANISER":
      return (
        <>
          You organise this event.{" "}
          <Link href={`/manage/events/${role.event.id}`} className={linkClass}>
            Manage it
          </Link>
        </>
      );
    case "CENTRE_LEAD":
      return (
        <>
          You lead {role.centreName ?? "a centre"}: see who is coming and their consent.{" "}
          <Link href={`/manage/events/${role.event.id}/centre`} className={linkClass}>
            Your centre
          </Link>
        </>
      );
    case "JUDGE":
      return (
        <>
          You are a judge. Judging runs from {formatInZone(role.judgingOpensAt, zone)} to{" "}
          {formatInZone(role.judgingClosesAt, zone)}: you will score the projects assigned to you, on any
          device. The organisers will tell you when your scoring sheet is ready.
        </>
      );
    case "SAFEGUARDING_LEAD":
      return (
        <>
          You are the designated safeguarding lead: concerns reported at this event come to you, and only you
          read them.{" "}
          <Link href={`/manage/events/${role.event.id}/concerns`} className={linkClass}>
            Safeguarding concerns
          </Link>
        </>
      );
    case "MENTOR":
      return (
        <>
          You are a mentor{role.centreName ? ` at ${role.centreName}` : ""}. From{" "}
          {formatInZone(role.startsAt, zone)} you will help teams with their projects.{" "}
          <Link href={`/manage/events/${role.event.id}/mentoring`} className={linkClass}>
            Your teams and signing in
          </Link>
          {" · "}
          <Link href={`/manage/events/${role.event.id}/help`} className={linkClass}>
            Help queue
          </Link>
        </>
      );
  }
}

/**
 * A signed-in person's own corner of the home page: their events with the next thing to do, the roles
 * they hold, their organisations, and the young people they gave consent for. Renders nothing for
 * someone with none of these (the events list below is then what they need).
 */
export function YourHome({ home }: { home: Home }) {
  const empty =
    home.registrations.length === 0 &&
    home.roles.length === 0 &&
    home.organisations.length === 0 &&
    home.guardianOf.length === 0;
  return (
    <section aria-labelledby="yours-heading" className="space-y-4">
      <h2 id="yours-heading" className={sectionTitleClass}>
        Yours
      </h2>
      {empty ? (
        <p className="text-slate-700">
          You haven&apos;t registered for anything yet: pick an event below. Posting a challenge for a
          sponsor?{" "}
          <Link href="/organisations/new" className={linkClass}>
            Create your organisation
          </Link>
          .
        </p>
      ) : null}
      {home.registrations.length > 0 ? (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Events you registered for">
          {home.registrations.map((r) => (
            <li key={r.event.id} className={card}>
              <div className="flex items-start justify-between gap-3">
                <h3 className={cardTitleClass}>
                  <Link href={`/events/${r.event.slug}`} className={titleLinkClass}>
                    {r.event.name}
                  </Link>
                </h3>
                <PhaseBadge phase={r.phase} />
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">Registration</dt>
                <dd>{REGISTRATION_STATUS_LABELS[r.status]}</dd>
                <dt className="text-slate-600">Team</dt>
                <dd>{r.team ? r.team.name : "Not in a team yet"}</dd>
                <dt className="text-slate-600">Project</dt>
                <dd>
                  {r.project
                    ? `${r.project.title} (${SUBMISSION_STATUS_LABELS[r.project.status]})`
                    : "Not started"}
                </dd>
              </dl>
              {r.nextStep ? (
                <p className="mt-3" data-testid="next-step">
                  <span className="font-medium">Next: </span>
                  {r.nextStep.path ? (
                    <Link href={`/events/${r.event.slug}${r.nextStep.path}`} className={linkClass}>
                      {r.nextStep.label}
                    </Link>
                  ) : (
                    r.nextStep.label
                  )}
                </p>
              ) : null}
              {r.nextMilestone ? (
                <p className="mt-1 text-sm text-slate-600">
                  {r.nextMilestone.label}: {formatInZone(r.nextMilestone.at, r.event.timeZone)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {home.roles.length > 0 ? (
        <div className={card}>
          <h3 className="font-semibold">Your roles</h3>
          <ul className="mt-2 space-y-2">
            {home.roles.map((role) => (
              <li key={role.id}>
                <span className="font-medium">{role.event.name}: </span>
                <RoleLine role={role} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {home.organisations.length > 0 ? (
        <div className={card}>
          <h3 className="font-semibold">Your organisations</h3>
          <ul className="mt-2 space-y-1">
            {home.organisations.map((o) => (
              <li key={o.slug}>
                <Link href={`/organisations/${o.slug}/manage`} className={linkClass}>
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {home.guardianOf.length > 0 ? (
        <div className={card}>
          <h3 className="font-semibold">As a parent or guardian</h3>
          <ul className="mt-2 space-y-1">
            {home.guardianOf.map((c) => (
              <li key={c.id}>
                {c.withdrawnAt
                  ? `You withdrew consent for ${c.firstName} to take part in ${c.event.name}.`
                  : `You gave consent for ${c.firstName} to take part in ${c.event.name}. Photos: ${
                      c.photo ? "allowed" : "not allowed"
                    }; name with their project: ${c.publicCredit ? "allowed" : "not allowed"}.`}{" "}
                To change it, use the link in the consent email.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
