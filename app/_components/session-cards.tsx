import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { compactCardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import {
  cardTitleClass,
  linkClass,
  mutedClass,
  strongLinkClass,
  titleLinkClass,
} from "~/app/_components/text-styles";
import { addressIn } from "~/server/http/locales.mjs";
import { formatInZone } from "~/server/time/zoned";
import { ENGLISH_SESSION_CARD_WORDS, type SessionCardWords } from "./session-card-words";

type DirectorySession = RouterOutputs["directory"]["list"]["sessions"][number];

/** The id of a club page's booking panel: the card's "Book a place here" goes straight to it. */
export const CLUB_BOOKING_ANCHOR = "book";

/** A weekly session as a card shows it; its organisation only where the card names who runs it. */
export type SessionCardData = Omit<DirectorySession, "organisation"> & {
  organisation?: DirectorySession["organisation"];
};

/**
 * Weekly sessions (coding clubs) as cards in a grid: title (a link to the club's own page), day and time
 * in the session's zone, its next meeting, where it meets, ages, level, cost and a link to book: the
 * club's own booking page (a new tab), or, for a club that takes bookings here (`placesHere`), the
 * booking panel of its page on this site. "Run by …" is shown for a session that carries its
 * organisation (the directory), not on the organisation's own page. The directory and an operator's
 * public page show them. `words` are the page's (sessionCardWords); English otherwise. What operators
 * wrote (titles, venues, descriptions, break names) stays as written.
 */
export function SessionCards({
  sessions,
  words = ENGLISH_SESSION_CARD_WORDS,
}: {
  sessions: SessionCardData[];
  words?: SessionCardWords;
}) {
  const clubPage = (id: string) => addressIn(words.locale, `/directory/clubs/${id}`);
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sessions.map((session) => (
        <li key={session.id} className={`space-y-2 ${compactCardClass}`} data-testid="directory-session">
          <h3 className={cardTitleClass}>
            <Link href={clubPage(session.id)} className={titleLinkClass}>
              {session.title}
            </Link>
          </h3>
          {session.organisation ? (
            <p className={mutedClass}>
              {words.runBy}{" "}
              <Link
                href={addressIn(words.locale, `/organisations/${session.organisation.slug}`)}
                className={linkClass}
              >
                {session.organisation.name}
              </Link>
            </p>
          ) : null}
          <p>
            {words.when(session)}{" "}
            <span className="text-slate-700">
              {words.next}{" "}
              <time dateTime={session.nextMeeting.start.toISOString()}>
                {formatInZone(session.nextMeeting.start, session.timeZone, { locale: words.locale })}
              </time>
            </span>
          </p>
          {session.nextBreak ? (
            <p className="text-sm text-slate-700">{words.noMeeting(session.nextBreak)}</p>
          ) : null}
          <p>
            {session.mode === "ONLINE"
              ? words.online
              : [session.venueName, session.addressLine, session.postcodeDistrict].filter(Boolean).join(", ")}
          </p>
          <p className="flex flex-wrap gap-2">
            <Badge tone="info">{words.ages(session.minAge, session.maxAge)}</Badge>
            <Badge tone="neutral">{words.level(session.level)}</Badge>
            <Badge tone={session.costPence === 0 ? "success" : "warning"}>
              {words.cost(session.costPence)}
            </Badge>
          </p>
          {session.description ? <p className="text-sm text-slate-700">{session.description}</p> : null}
          <p>
            {session.placesHere === null ? (
              <a
                href={session.bookingUrl}
                rel="noopener noreferrer"
                target="_blank"
                className={strongLinkClass}
              >
                {words.book}
                <span className="sr-only"> {words.bookAt(session.title)}</span>
              </a>
            ) : (
              <Link href={`${clubPage(session.id)}#${CLUB_BOOKING_ANCHOR}`} className={strongLinkClass}>
                {words.bookHere}
                <span className="sr-only"> {words.bookHereAt(session.title)}</span>
              </Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
