import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { addressIn } from "~/server/http/locales.mjs";
import { OrganisationLogo } from "~/app/_components/organisation-logo";
import { pageCaller } from "~/app/trpc/server";
import { Badge } from "./badge";
import { EmptyState } from "./empty-state";
import { cardTitleClass, sectionTitleClass, titleLinkClass } from "./text-styles";
import { compactCardClass } from "./card";

/** The published challenges of an event, for its public page (headings in the page's language; challenges as written). */
export async function ChallengeSection({ eventSlug }: { eventSlug: string }) {
  const [challenges, t, locale] = await Promise.all([
    (await pageCaller()).challenges.listPublished({ slug: eventSlug }),
    getTranslations("Challenges"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="challenges-heading" className="space-y-3">
      <h2 id="challenges-heading" className={sectionTitleClass}>
        {t("title")}
      </h2>
      {challenges.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {challenges.map((c) => (
            <li key={c.id} className={`flex flex-col gap-3 ${compactCardClass}`}>
              <div className="flex items-center gap-3">
                <OrganisationLogo organisation={c.organisation} size="md" fallback />
                <p className="text-sm text-slate-600">
                  <span className="font-semibold text-slate-800">{c.organisation.name}</span> · {c.sector}
                </p>
              </div>
              <h3 className={cardTitleClass}>
                <Link
                  href={addressIn(locale, `/events/${eventSlug}/challenges/${c.slug}`)}
                  className={titleLinkClass}
                >
                  {c.title}
                </Link>
              </h3>
              <p className="text-slate-700">{c.summary}</p>
              {c.prize ? (
                <p className="mt-auto text-sm">
                  <Badge tone="warning">{t("prize")}</Badge> <span className="text-slate-800">{c.prize}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
