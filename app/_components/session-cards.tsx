import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { compactCardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { cardTitleClass, linkClass, mutedClass, strongLinkClass } from "~/app/_components/text-styles";
import { agesLabel, breakDates, costLabel, weekdayName } from "~/server/directory/rules";
import { EXPERIENCE_LABELS } from "~/server/registrations/labels";
import { formatInZone } from "~/server/time/zoned";

type DirectorySession = RouterOutputs["directory"]["list"]["sessions"][number];

/** A weekly session as a card shows it; its organisation only where the card names who runs it. */
export type SessionCardData = Omit<DirectorySession, "organisation"> & {
  organisation?: DirectorySession["organisation"];
};

/**
 * Weekly sessions (coding clubs) as cards in a grid: title, day and time in the session's zone, its next
 * meeting, where it meets, ages, level, cost and a link to book. "Run by …" is shown for a session that
 * carries its organisation (the directory), not on the organisation's own page. The directory and an
 * operator's public page show them.
 */
export function SessionCards({ sessions }: { sessions: SessionCardData[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sessions.map((session) => (
        <li key={session.id} className={`space-y-2 ${compactCardClass}`} data-testid="directory-session">
          <h3 className={cardTitleClass}>{session.title}</h3>
          {session.organisation ? (
            <p className={mutedClass}>
              Run by{" "}
              <Link href={`/organisations/${session.organisation.slug}`} className={linkClass}>
                {session.organisation.name}
              </Link>
            </p>
          ) : null}
          <p>
            Every {weekdayName(session.weekday)}, {session.startTime}–{session.endTime}
            {session.timeZone === "Europe/London" ? "" : ` (${session.timeZone} time)`}.{" "}
            <span className="text-slate-700">
              Next:{" "}
              <time dateTime={session.nextMeeting.start.toISOString()}>
                {formatInZone(session.nextMeeting.start, session.timeZone)}
              </time>
            </span>
          </p>
          {session.nextBreak ? (
            <p className="text-sm text-slate-700">
              No meeting {breakDates(session.nextBreak)}
              {session.nextBreak.name ? ` (${session.nextBreak.name})` : ""}.
            </p>
          ) : null}
          <p>
            {session.mode === "ONLINE"
              ? "Online"
              : [session.venueName, session.addressLine, session.postcodeDistrict].filter(Boolean).join(", ")}
          </p>
          <p className="flex flex-wrap gap-2">
            <Badge tone="info">{agesLabel(session.minAge, session.maxAge)}</Badge>
            <Badge tone="neutral">{EXPERIENCE_LABELS[session.level]}</Badge>
            <Badge tone={session.costPence === 0 ? "success" : "warning"}>
              {costLabel(session.costPence)}
            </Badge>
          </p>
          {session.description ? <p className="text-sm text-slate-700">{session.description}</p> : null}
          <p>
            <a
              href={session.bookingUrl}
              rel="noopener noreferrer"
              target="_blank"
              className={strongLinkClass}
            >
              Book a place<span className="sr-only"> at {session.title} (opens a new tab)</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
