import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { getQueryClient, HydrateClient, orNotFound, trpc } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { HelpQueue, type HelpQueueWords } from "./help-queue";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageHelpQueue");

/** The queue's plain messages. */
const PLAIN = [
  "emptyTitle",
  "emptyBody",
  "requests",
  "next",
  "claimedByYou",
  "aMentor",
  "under18s",
  "where",
  "claiming",
  "claim",
  "needsVetted",
  "saving",
  "resolve",
  "release",
] as const;

/** Raw templates the browser fills in as the queue refreshes (fillTemplate). */
const TEMPLATES = [
  "counts",
  "refreshes",
  "position",
  "waiting",
  "claimedBy",
  "asked",
  "teamRequest",
] as const;

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<RawSearchParams> };

/**
 * The help queue of a centre, made for a phone: the teams asking for a mentor, oldest first, with how
 * long each has waited; claim one, then resolve it or put it back. For the centre's mentors and lead
 * (their own centres) and the event's organisers (every centre, or the one chosen with `?centre=`).
 */
export default async function HelpQueuePage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { centre } = parseSearchParams({ centre: optionalId() }, await searchParams);
  await requireUser(`/manage/events/${eventId}/help`);
  // Read once on the server (a caller who may not see any queue gets the not-found page), then handed
  // to the client component, which keeps it fresh.
  const input = { eventId, centreId: centre };
  const [queue, t] = await Promise.all([
    orNotFound(getQueryClient().fetchQuery(trpc.help.queue.queryOptions(input))),
    getTranslations("ManageHelpQueue"),
  ]);
  const words: HelpQueueWords = {
    ...labelsOf((key) => t(key), PLAIN),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
  };
  const here = queue.centres.find((c) => c.id === queue.centreId);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${queue.event.slug}`} className={linkClass}>
            {queue.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">
          {here
            ? here.name
            : queue.centres.length === 1
              ? queue.centres[0]?.name
              : queue.centres.length === 0
                ? t("notPlaced")
                : t("centresCount", { count: queue.centres.length })}
        </p>
      </header>
      {queue.centres.length > 1 ? (
        <nav aria-label={t("centres")} className="flex flex-wrap gap-x-4 gap-y-1">
          <Link
            href={`/manage/events/${eventId}/help`}
            aria-current={here ? undefined : "page"}
            className={here ? linkClass : "font-semibold"}
          >
            {t("allCentres")}
          </Link>
          {queue.centres.map((c) => (
            <Link
              key={c.id}
              href={`/manage/events/${eventId}/help?centre=${encodeURIComponent(c.id)}`}
              aria-current={c.id === here?.id ? "page" : undefined}
              className={c.id === here?.id ? "font-semibold" : linkClass}
            >
              {c.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <HydrateClient>
        <HelpQueue eventId={eventId} centreId={centre} words={words} />
      </HydrateClient>
    </div>
  );
}
