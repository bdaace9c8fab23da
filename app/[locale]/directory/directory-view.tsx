import Link from "next/link";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import { publicCaller } from "~/app/trpc/server";
import { compactCardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { EmptyState } from "~/app/_components/empty-state";
import { PageHeader } from "~/app/_components/page-header";
import { SessionCards } from "~/app/_components/session-cards";
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
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS } from "~/server/registrations/labels";
import { formatDateRangeInZone } from "~/server/time/zoned";

const AGES = Array.from(
  { length: DIRECTORY_MAX_AGE - DIRECTORY_MIN_AGE + 1 },
  (_, i) => DIRECTORY_MIN_AGE + i,
);

/** The directory's choices after the area (name, label, the "any" option, the options), in the form's order. */
const CHOICE_FILTERS: {
  name: Exclude<keyof DirectoryFilters, "age" | "area">;
  label: string;
  allLabel: string;
  options: { value: string; label: string }[];
}[] = [
  {
    name: "when",
    label: "When",
    allLabel: "Any time",
    options: Object.entries(WHEN_LABELS).map(([value, label]) => ({ value, label })),
  },
  {
    name: "level",
    label: "Level",
    allLabel: "Any level",
    options: EXPERIENCE_LEVELS.map((level) => ({ value: level, label: EXPERIENCE_LABELS[level] })),
  },
  {
    name: "cost",
    label: "Cost",
    allLabel: "Free or paid",
    options: Object.entries(COST_LABELS).map(([value, label]) => ({ value, label })),
  },
  {
    name: "mode",
    label: "Where",
    allLabel: "In person or online",
    options: Object.entries(MODE_LABELS).map(([value, label]) => ({ value, label })),
  },
];

type Listing = Awaited<ReturnType<ReturnType<typeof publicCaller>["directory"]["list"]>>;

/**
 * The public directory under `filters`: a filter form (a GET form: it works without JavaScript, and the
 * proxy sends each filtered address to its cached page), then the weekly sessions and the events that
 * match, and a calendar feed of the same. Shown by /directory and /directory/in/[filters].
 */
export async function DirectoryView({ filters }: { filters: DirectoryFilters }) {
  const listing = await publicCaller().directory.list(filters);
  const filtered = Object.keys(filters).length > 0;
  const total = listing.sessions.length + listing.events.length;
  return (
    <div className="space-y-6">
      <PageHeader title="Find a coding club or event">
        <p className="max-w-3xl text-slate-700">
          Weekly coding clubs and hack days run by schools, libraries, charities, companies and councils.
          Choose your age and where you live to see what is near you.
        </p>
      </PageHeader>
      <FilterForm label="Filter the directory" submitLabel="Show">
        <FilterSelect
          id="age"
          name="age"
          label="Age"
          allLabel="Any age"
          value={filters.age === undefined ? "" : String(filters.age)}
          options={AGES.map((age) => ({
            value: String(age),
            label: age === DIRECTORY_MAX_AGE ? `${age} or over` : String(age),
          }))}
        />
        <div className="max-w-full min-w-0 space-y-1">
          <label htmlFor="area" className="block text-sm font-medium">
            Postcode area <span className="font-normal text-slate-600">(e.g. CF or CF10)</span>
          </label>
          <input
            id="area"
            name="area"
            defaultValue={filters.area ?? ""}
            pattern="\s*[A-Za-z]{1,2}([0-9][0-9A-Za-z]?)?\s*"
            title="The letters at the start of a postcode (CF), or the first part of it (CF10)"
            autoComplete="postal-code"
            maxLength={6}
            className="w-32 rounded border border-slate-400 bg-white px-3 py-1.5 uppercase"
          />
        </div>
        {CHOICE_FILTERS.map((choice) => (
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
          {total === 0 ? "Nothing matches" : `${total} ${total === 1 ? "match" : "matches"}`}
          {filtered ? " these filters" : ""}.
        </span>
        {filtered ? (
          <Link href="/directory" className={linkClass}>
            Clear the filters
          </Link>
        ) : null}
        <a href={directoryCalendarHref(filters)} className={linkClass}>
          Add {filtered ? "these" : "everything"} to your calendar (.ics)
        </a>
      </p>
      {total === 0 ? (
        <EmptyState
          title="Nothing matches yet"
          action={
            filtered ? (
              <Link href="/directory" className={strongLinkClass}>
                See everything
              </Link>
            ) : undefined
          }
        >
          Try another area or age, or fewer filters. New clubs and events are added all the time.
        </EmptyState>
      ) : null}
      {listing.sessions.length > 0 ? <Sessions sessions={listing.sessions} /> : null}
      {listing.events.length > 0 ? <Events events={listing.events} /> : null}
    </div>
  );
}

function Sessions({ sessions }: { sessions: Listing["sessions"] }) {
  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <h2 id="sessions-heading" className={sectionTitleClass}>
        Weekly clubs
      </h2>
      <SessionCards sessions={sessions} />
    </section>
  );
}

function Events({ events }: { events: Listing["events"] }) {
  return (
    <section aria-labelledby="events-heading" className="space-y-3">
      <h2 id="events-heading" className={sectionTitleClass}>
        Events and hack days
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {events.map((event) => (
          <li key={event.id} className={`space-y-2 ${compactCardClass}`} data-testid="directory-event">
            <h3 className={cardTitleClass}>
              <Link href={`/events/${event.slug}`} className={titleLinkClass}>
                {event.name}
              </Link>
            </h3>
            <p className={mutedClass}>
              {formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone)}
              {event.organisation ? (
                <>
                  {" · Run by "}
                  <Link href={`/organisations/${event.organisation.slug}`} className={linkClass}>
                    {event.organisation.name}
                  </Link>
                </>
              ) : null}
            </p>
            <p className="flex flex-wrap gap-2">
              <Badge tone="info">
                {event.minimumAge === null ? "All ages" : `Ages ${event.minimumAge} and over`}
              </Badge>
              <Badge tone="neutral">Every level</Badge>
              <Badge tone="success">Free</Badge>
            </p>
            {event.centres.length > 0 ? (
              <p className="text-sm text-slate-700">
                {event.centres.length === 1 ? "Centre: " : "Centres: "}
                {event.centres
                  .map((centre) =>
                    centre.postcodeDistrict ? `${centre.name} (${centre.postcodeDistrict})` : centre.name,
                  )
                  .join(", ")}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
