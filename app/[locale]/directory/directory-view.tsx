import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import { publicCaller } from "~/app/trpc/server";
import { compactCardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { EmptyState } from "~/app/_components/empty-state";
import { PageHeader } from "~/app/_components/page-header";
import { SessionCards } from "~/app/_components/session-cards";
import { sessionCardWords, type SessionCardWords } from "~/app/_components/session-card-words";
import {
  cardTitleClass,
  linkClass,
  mutedClass,
  sectionTitleClass,
  strongLinkClass,
  titleLinkClass,
} from "~/app/_components/text-styles";
import {
  COST_LABELS,
  DIRECTORY_MAX_AGE,
  DIRECTORY_MIN_AGE,
  directoryCalendarHref,
  MODE_LABELS,
  WHEN_LABELS,
  type DirectoryFilters,
} from "~/server/directory/rules";
import { addressIn, type LOCALES } from "~/server/http/locales.mjs";
import { EXPERIENCE_LEVELS } from "~/server/registrations/labels";
import { formatDateRangeInZone } from "~/server/time/zoned";

const AGES = Array.from(
  { length: DIRECTORY_MAX_AGE - DIRECTORY_MIN_AGE + 1 },
  (_, i) => DIRECTORY_MIN_AGE + i,
);

type Translate = Awaited<ReturnType<typeof getTranslations<"Directory">>>;

/**
 * The directory's choices after the area (name, label, the "any" option, the options), in the form's
 * order, in the page's language (the "Directory" and "ExperienceLevel" messages; the values are the
 * domain's: WHEN_LABELS, COST_LABELS and MODE_LABELS say them in English).
 */
function choiceFilters(
  t: Translate,
  level: (level: (typeof EXPERIENCE_LEVELS)[number]) => string,
): {
  name: Exclude<keyof DirectoryFilters, "age" | "area">;
  label: string;
  allLabel: string;
  options: { value: string; label: string }[];
}[] {
  return [
    {
      name: "when",
      label: t("when"),
      allLabel: t("anyTime"),
      options: keysOf(WHEN_LABELS).map((value) => ({ value, label: t(`whenChoice.${value}`) })),
    },
    {
      name: "level",
      label: t("level"),
      allLabel: t("anyLevel"),
      options: EXPERIENCE_LEVELS.map((value) => ({ value, label: level(value) })),
    },
    {
      name: "cost",
      label: t("cost"),
      allLabel: t("freeOrPaid"),
      options: keysOf(COST_LABELS).map((value) => ({ value, label: t(`costChoice.${value}`) })),
    },
    {
      name: "mode",
      label: t("where"),
      allLabel: t("inPersonOrOnline"),
      options: keysOf(MODE_LABELS).map((value) => ({ value, label: t(`modeChoice.${value}`) })),
    },
  ];
}

/** A label table's keys, typed. */
function keysOf<K extends string>(table: Record<K, string>): K[] {
  return Object.keys(table) as K[];
}

type Listing = Awaited<ReturnType<ReturnType<typeof publicCaller>["directory"]["list"]>>;
type Locale = (typeof LOCALES)[number];

/**
 * The public directory under `filters`: a filter form (a GET form: it works without JavaScript, and the
 * proxy sends each filtered address to its cached page), then the weekly sessions and the events that
 * match, and a calendar feed of the same. Shown by /directory and /directory/in/[filters] (and their
 * Welsh addresses, /cy/directory…), in the route's language; what operators wrote stays as written.
 */
export async function DirectoryView({ filters }: { filters: DirectoryFilters }) {
  const [listing, t, level, club, locale] = await Promise.all([
    publicCaller().directory.list(filters),
    getTranslations("Directory"),
    getTranslations("ExperienceLevel"),
    getTranslations("OrganisationPage"),
    getLocale(),
  ]);
  const filtered = Object.keys(filters).length > 0;
  const total = listing.sessions.length + listing.events.length;
  const directory = addressIn(locale, "/directory");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </PageHeader>
      <FilterForm label={t("filterLabel")} submitLabel={t("show")}>
        <FilterSelect
          id="age"
          name="age"
          label={t("age")}
          allLabel={t("anyAge")}
          value={filters.age === undefined ? "" : String(filters.age)}
          options={AGES.map((age) => ({
            value: String(age),
            label: age === DIRECTORY_MAX_AGE ? t("ageOrOver", { age }) : String(age),
          }))}
        />
        <div className="max-w-full min-w-0 space-y-1">
          <label htmlFor="area" className="block text-sm font-medium">
            {t("area")} <span className="font-normal text-slate-600">{t("areaExample")}</span>
          </label>
          <input
            id="area"
            name="area"
            defaultValue={filters.area ?? ""}
            pattern="\s*[A-Za-z]{1,2}([0-9][0-9A-Za-z]?)?\s*"
            title={t("areaTitle")}
            autoComplete="postal-code"
            maxLength={6}
            className="w-32 rounded border border-slate-400 bg-white px-3 py-1.5 uppercase"
          />
        </div>
        {choiceFilters(t, (value) => level(value)).map((choice) => (
          <FilterSelect
            key={choice.name}
            id={choice.name}
            name={choice.name}
            label={choice.label}
            allLabel={choice.allLabel}
            value={filters[choice.name] ?? ""}
            options={choice.options}
          />
        ))}
      </FilterForm>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span role="status" data-testid="directory-count">
          {filtered ? t("countFiltered", { total }) : t("count", { total })}
        </span>
        {filtered ? (
          <Link href={directory} className={linkClass}>
            {t("clear")}
          </Link>
        ) : null}
        <a href={directoryCalendarHref(filters)} className={linkClass}>
          {filtered ? t("calendarFiltered") : t("calendarAll")}
        </a>
      </p>
      {total === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          action={
            filtered ? (
              <Link href={directory} className={strongLinkClass}>
                {t("seeEverything")}
              </Link>
            ) : undefined
          }
        >
          {t("empty")}
        </EmptyState>
      ) : null}
      {listing.sessions.length > 0 ? (
        <Sessions
          sessions={listing.sessions}
          heading={t("weeklyClubs")}
          words={sessionCardWords(
            (key, values) => club(key, values),
            (value) => level(value),
            locale,
          )}
        />
      ) : null}
      {listing.events.length > 0 ? <Events events={listing.events} t={t} locale={locale} /> : null}
    </div>
  );
}

function Sessions({
  sessions,
  heading,
  words,
}: {
  sessions: Listing["sessions"];
  heading: string;
  words: SessionCardWords;
}) {
  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <h2 id="sessions-heading" className={sectionTitleClass}>
        {heading}
      </h2>
      <SessionCards sessions={sessions} words={words} />
    </section>
  );
}

function Events({ events, t, locale }: { events: Listing["events"]; t: Translate; locale: Locale }) {
  return (
    <section aria-labelledby="events-heading" className="space-y-3">
      <h2 id="events-heading" className={sectionTitleClass}>
        {t("events")}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {events.map((event) => (
          <li key={event.id} className={`space-y-2 ${compactCardClass}`} data-testid="directory-event">
            <h3 className={cardTitleClass}>
              <Link href={addressIn(locale, `/events/${event.slug}`)} className={titleLinkClass}>
                {event.name}
              </Link>
            </h3>
            <p className={mutedClass}>
              {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone, locale)}
              {event.organisation ? (
                <>
                  {` · ${t("runBy")} `}
                  <Link
                    href={addressIn(locale, `/organisations/${event.organisation.slug}`)}
                    className={linkClass}
                  >
                    {event.organisation.name}
                  </Link>
                </>
              ) : null}
            </p>
            <p className="flex flex-wrap gap-2">
              <Badge tone="info">
                {event.minimumAge === null ? t("allAges") : t("agesAndOver", { age: event.minimumAge })}
              </Badge>
              <Badge tone="neutral">{t("everyLevel")}</Badge>
              <Badge tone="success">{t("free")}</Badge>
            </p>
            {event.centres.length > 0 ? (
              <p className="text-sm text-slate-700">
                {t("centres", {
                  count: event.centres.length,
                  names: event.centres
                    .map((centre) =>
                      centre.postcodeDistrict ? `${centre.name} (${centre.postcodeDistrict})` : centre.name,
                    )
                    .join(", "),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
