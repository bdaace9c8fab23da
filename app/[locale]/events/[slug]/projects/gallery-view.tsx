import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import { galleryHref } from "~/app/_components/gallery-filter";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { orNotFound, pageCaller } from "~/app/trpc/server";
import { mediaCardClass } from "~/app/_components/card";
import { CoverArt, projectThumbnail } from "~/app/_components/cover-art";
import { EmptyState } from "~/app/_components/empty-state";
import { PageHeader } from "~/app/_components/page-header";
import { addressIn, type LOCALES } from "~/server/http/locales.mjs";
import { formatInNamedZone } from "~/server/time/zoned";
import { cardTitleClass, strongLinkClass, titleLinkClass } from "~/app/_components/text-styles";

/**
 * One page (1-based) of the project gallery of the event `slug`, narrowed to one challenge and/or centre
 * (ids; undefined for all). Shown by /events/[slug]/projects and, for a filtered address or a later page,
 * by the page the proxy rewrites it to (projects/in/[challenge]/[centre]/[page]); both are served from the
 * page cache. In the route's language (the "Gallery" messages; English at /events/…, Welsh at /cy/events/…).
 */
export async function GalleryView({
  slug,
  challenge,
  centre,
  page,
}: {
  slug: string;
  challenge: string | undefined;
  centre: string | undefined;
  page: number;
}) {
  const api = await pageCaller();
  // A malformed slug in the address is as missing as an unknown one.
  const [event, gallery] = await orNotFound(
    Promise.all([
      api.events.bySlug({ slug }),
      api.submissions.gallery({ slug, challengeId: challenge, centreId: centre, page }),
    ]),
    ["NOT_FOUND", "BAD_REQUEST"],
  );
  const [t, locale] = await Promise.all([getTranslations("Gallery"), getLocale()]);
  const eventHref = addressIn(locale, `/events/${slug}`);
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: eventHref, label: event.name }} title={t("title")} />
      {!gallery.open ? (
        <EmptyState
          title={t("closedTitle")}
          action={
            <Link href={eventHref} className={strongLinkClass}>
              {t("backTo", { event: event.name })}
            </Link>
          }
        >
          {t.rich("closed", {
            at: formatInNamedZone(event.submissionDeadline, event.timeZone, locale),
            time: (chunks) => <time dateTime={event.submissionDeadline.toISOString()}>{chunks}</time>,
          })}
        </EmptyState>
      ) : (
        <>
          <FilterForm label={t("filterLabel")} submitLabel={t("filter")}>
            <FilterSelect
              id="challenge"
              name="challenge"
              label={t("challenge")}
              allLabel={t("allChallenges")}
              value={challenge ?? ""}
              options={gallery.challenges.map((c) => ({ value: c.id, label: c.title }))}
            />
            {gallery.centres.length > 1 ? (
              <FilterSelect
                id="centre"
                name="centre"
                label={t("centre")}
                allLabel={t("allCentres")}
                value={centre ?? ""}
                options={gallery.centres.map((c) => ({ value: c.id, label: c.name }))}
              />
            ) : null}
          </FilterForm>
          {gallery.projects.length === 0 && gallery.total > 0 ? (
            <EmptyState
              title={t("noPageTitle", { page: gallery.page })}
              action={
                <Link
                  href={galleryHref(slug, { challenge, centre, page: 1 }, locale)}
                  className={strongLinkClass}
                >
                  {t("firstPage")}
                </Link>
              }
            >
              {t("pageCount", { count: gallery.pageCount })}
            </EmptyState>
          ) : gallery.projects.length === 0 ? (
            <EmptyState
              title={t("noMatchTitle")}
              action={
                <Link href={galleryHref(slug, { page: 1 }, locale)} className={strongLinkClass}>
                  {t("showAll")}
                </Link>
              }
            >
              {t("noMatch")}
            </EmptyState>
          ) : (
            <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {gallery.projects.map((project) => (
                <li key={project.id} className={mediaCardClass}>
                  <CoverArt
                    name={project.title}
                    image={projectThumbnail(project.images)}
                    className="block aspect-[16/10] w-full"
                  />
                  <div className="flex flex-1 flex-col gap-1 p-4">
                    <h2 className={cardTitleClass}>
                      <Link
                        href={addressIn(locale, `/events/${slug}/projects/${project.id}`)}
                        className={titleLinkClass}
                      >
                        {project.title}
                      </Link>
                    </h2>
                    {project.tagline ? <p className="text-slate-700">{project.tagline}</p> : null}
                    <p className="mt-auto pt-2 text-sm text-slate-600">
                      {t("team", { team: project.teamName })}
                      {project.centre ? ` · ${project.centre.name}` : ""}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <GalleryPages
            slug={slug}
            challenge={challenge}
            centre={centre}
            page={gallery.page}
            pageCount={gallery.pageCount}
            total={gallery.total}
            locale={locale}
            labels={{
              nav: t("pagesLabel"),
              previous: t("previous"),
              next: t("next"),
              where: t("pageOf", { page: gallery.page, pageCount: gallery.pageCount, total: gallery.total }),
            }}
          />
        </>
      )}
    </div>
  );
}

/**
 * Previous / next links and where this page stands ("Page 2 of 21 · 500 projects"); nothing when every
 * project fits on one page.
 */
function GalleryPages({
  slug,
  challenge,
  centre,
  page,
  pageCount,
  locale,
  labels,
}: {
  slug: string;
  challenge: string | undefined;
  centre: string | undefined;
  page: number;
  pageCount: number;
  total: number;
  locale: (typeof LOCALES)[number];
  /** The navigation's name, its two links and "Page 2 of 21 · 500 projects", in the page's language. */
  labels: { nav: string; previous: string; next: string; where: string };
}) {
  if (pageCount <= 1 || page > pageCount) return null;
  const href = (to: number) => galleryHref(slug, { challenge, centre, page: to }, locale);
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={secondaryButtonClass}>
          <span aria-hidden="true">←</span> {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">{labels.where}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={secondaryButtonClass}>
          {labels.next} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
