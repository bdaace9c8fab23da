import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { PageHeader } from "~/app/_components/page-header";
import { sessionCardWords } from "~/app/_components/session-card-words";
import { CLUB_BOOKING_ANCHOR } from "~/app/_components/session-cards";
import { linkClass, sectionTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { orNotFound, publicCaller } from "~/app/trpc/server";
import { signInPathFor } from "~/server/auth/confirm-link";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { formatInZone } from "~/server/time/zoned";
import { ClubPlaces } from "./club-places";
import { clubPlacesWords, clubProblemWords } from "./club-places-words";

type Props = { params: Promise<{ sessionId: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"): rendered on
// the first visit, again when the club changes, and at least every 30 s for what time alone changes (the
// next meeting). Who is looking, and the places left, are asked for by the browser (ClubPlaces).
export const revalidate = 30;
export function generateStaticParams(): { sessionId: string }[] {
  return [];
}

// A club that is not listed (a draft, an operator no longer approved) and a malformed id are a 404.
// Cached per request: the page and its metadata share one query.
const load = cache(async (sessionId: string) =>
  orNotFound(publicCaller().directory.club({ sessionId }), ["NOT_FOUND", "BAD_REQUEST"]),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const club = await load((await params).sessionId);
  return {
    title: club.title,
    alternates: { languages: languageAlternates(`/directory/clubs/${club.id}`) },
  };
}

/**
 * A weekly club's public page, in the route's language (English at /directory/clubs/<id>, Welsh at
 * /cy/directory/clubs/<id>): who runs it, when and where it meets, its next meeting and break, ages,
 * level and cost (the session cards' words: "OrganisationPage" and "ExperienceLevel"), its description,
 * and how to book: its own booking page, or, for a club that takes bookings here, the booking panel
 * (ClubPlaces, "ClubPage"), which the browser fills in for whoever is looking. What the operator wrote
 * (title, venue, description, break names) stays as written.
 */
export default async function ClubPage({ params }: Props) {
  const [club, t, card, levels, locale] = await Promise.all([
    load((await params).sessionId),
    getTranslations("ClubPage"),
    getTranslations("OrganisationPage"),
    getTranslations("ExperienceLevel"),
    getLocale(),
  ]);
  const words = sessionCardWords(
    (key, values) => card(key, values),
    (level) => levels(level),
    locale,
  );
  const address = addressIn(locale, `/directory/clubs/${club.id}`);
  const where =
    club.mode === "ONLINE"
      ? words.online
      : [club.venueName, club.addressLine, club.postcodeDistrict].filter(Boolean).join(", ");
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeader back={{ href: addressIn(locale, "/directory"), label: t("back") }} title={club.title}>
        <p>
          {words.runBy}{" "}
          <Link href={addressIn(locale, `/organisations/${club.organisation.slug}`)} className={linkClass}>
            {club.organisation.name}
          </Link>
        </p>
      </PageHeader>
      <div className={`space-y-4 ${cardClass}`}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <div className="contents">
            <dt className="font-medium">{t("when")}</dt>
            <dd>
              {words.when(club)}
              {club.nextBreak ? (
                <span className="block text-sm text-slate-700">{words.noMeeting(club.nextBreak)}</span>
              ) : null}
            </dd>
          </div>
          <div className="contents">
            <dt className="font-medium">{t("nextMeeting")}</dt>
            <dd data-testid="club-next-meeting">
              {club.nextMeeting ? (
                <time dateTime={club.nextMeeting.start.toISOString()}>
                  {formatInZone(club.nextMeeting.start, club.timeZone, { locale })}
                </time>
              ) : (
                t("noMoreMeetings")
              )}
            </dd>
          </div>
          <div className="contents">
            <dt className="font-medium">{t("where")}</dt>
            <dd className="break-words">{where}</dd>
          </div>
        </dl>
        <p className="flex flex-wrap gap-2">
          <Badge tone="info">{words.ages(club.minAge, club.maxAge)}</Badge>
          <Badge tone="neutral">{words.level(club.level)}</Badge>
          <Badge tone={club.costPence === 0 ? "success" : "warning"}>{words.cost(club.costPence)}</Badge>
        </p>
      </div>
      {club.description ? (
        <section aria-labelledby="club-about" className="space-y-2">
          <h2 id="club-about" className={sectionTitleClass}>
            {t("about")}
          </h2>
          <p className="break-words whitespace-pre-line">{club.description}</p>
        </section>
      ) : null}
      <section
        id={CLUB_BOOKING_ANCHOR}
        aria-labelledby="club-book"
        className={`scroll-mt-4 space-y-3 ${cardClass}`}
      >
        <h2 id="club-book" className={sectionTitleClass}>
          {words.book}
        </h2>
        {club.placesHere === null ? (
          <>
            <p>{t("bookElsewhere")}</p>
            <p>
              <a href={club.bookingUrl} rel="noopener noreferrer" target="_blank" className={strongLinkClass}>
                {words.book}
                <span className="sr-only"> {words.bookAt(club.title)}</span>
              </a>
            </p>
          </>
        ) : (
          <ClubPlaces
            sessionId={club.id}
            locale={locale}
            bookable={club.nextMeeting !== null}
            signInHref={signInPathFor(address)}
            guardianNote={t.rich("guardianNote", {
              link: (chunks) => (
                <Link href={`${addressIn(locale, "/account")}#children-heading`} className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
            words={clubPlacesWords(t, words.book)}
            problems={clubProblemWords(locale)}
          />
        )}
      </section>
    </article>
  );
}
