import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import { linkClass } from "~/app/_components/text-styles";
import { loadEvent } from "../load-event";
import { LiveFinals, type LiveFinalsLabels } from "./live-finals";

/** The "Finals" messages the live part shows as they are; its templates are passed raw (see LiveFinalsLabels). */
const PLAIN_KEYS = [
  "title",
  "following",
  "reconnecting",
  "watch",
  "nowPresenting",
  "ended",
  "startingSoon",
  "teamMember",
  "thanks",
  "firstSoon",
  "upNext",
  "firstUp",
  "runningOrder",
  "onStage",
  "presented",
  "timeLeft",
  "overTime",
  "paused",
] as const;
const TEMPLATE_KEYS = ["streamTitle", "with", "challenge", "byTeam"] as const;

type Props = { params: Promise<{ slug: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"); what
// changes during the show arrives over /events/<slug>/finals/live.
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("Finals")]);
  return {
    title: t("metaTitle", { event: event.name }),
    alternates: { languages: languageAlternates(`/events/${event.slug}/finals`) },
  };
}

/**
 * An event's finals as they happen (finals.forEvent): the live stream, who is presenting now and who is
 * next, with the presenting clock, and the running order. Follows the presenter live. In the route's
 * language (the "Finals" messages); titles and names as the teams wrote them.
 */
export default async function FinalsPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  const [{ show }, t, locale] = await Promise.all([
    orNotFound((await pageCaller()).finals.forEvent({ slug }), ["NOT_FOUND", "BAD_REQUEST"]),
    getTranslations("Finals"),
    getLocale(),
  ]);
  const labels: LiveFinalsLabels = {
    ...labelsOf((key) => t(key), PLAIN_KEYS),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATE_KEYS),
    notOut: t("notOut", { event: event.name }),
  };
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href={addressIn(locale, `/events/${event.slug}`)} className={linkClass}>
          {event.name}
        </Link>
      </p>
      <LiveFinals slug={event.slug} initial={show} labels={labels} />
    </div>
  );
}
