import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { StarterList } from "~/app/_components/starter-list";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { MAX_STARTER_LINKS } from "~/server/starters/schema";
import { DeleteStarter, StarterForm, type StarterFormWords } from "./starter-form";
import { titleFrom } from "~/app/_components/page-title";
import { ADD_OR_EDIT_KEYS, ADD_OR_EDIT_TEMPLATES } from "~/app/_components/add-or-edit-words";

export const generateMetadata = titleFrom("ManageStarters");

/** The form's plain messages; `added`, `link` and `deleteTitle` are raw templates it fills in. */
const WORDS = [
  "title",
  "summary",
  "level",
  "links",
  "challengeId",
  "challengeOptional",
  "titleHint",
  "summaryHint",
  "notForOneChallenge",
  "linksOptional",
] as const;

type Props = { params: Promise<{ eventId: string }> };

/**
 * Starter projects for beginners: organisers write them for the event, a sponsor for its own challenge.
 * Participants see them on their registration page, those new to coding first.
 */
export default async function StartersPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/starters`);
  const caller = await serverCaller();
  const [view, t, form, levels] = await Promise.all([
    orNotFound(caller.starters.manage({ eventId })),
    getTranslations("ManageStarters"),
    getTranslations("StarterForm"),
    getTranslations("ExperienceLevel"),
  ]);
  const words: StarterFormWords = {
    ...labelsOf((key) => form(key), WORDS),
    ...labelsOf((key) => form(key), ADD_OR_EDIT_KEYS),
    ...labelsOf((key) => form.raw(key) as string, ADD_OR_EDIT_TEMPLATES),
    linksHint: form("linksHint", { max: MAX_STARTER_LINKS }),
    link: form.raw("link") as string,
    levelNames: { NEW: levels("NEW"), SOME: levels("SOME"), CONFIDENT: levels("CONFIDENT") },
  };
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link
            href={view.organiser ? `/manage/events/${eventId}` : `/events/${view.event.slug}`}
            className={linkClass}
          >
            {view.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">
          {t("intro")}
          {view.organiser ? "" : ` ${t("sponsorIntro")}`}
        </p>
      </header>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          {t("addHeading")}
        </h2>
        <StarterForm
          eventId={eventId}
          organiser={view.organiser}
          challenges={view.challenges}
          starter={null}
          words={words}
        />
      </section>
      {view.starters.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="space-y-3">
          <StarterList starters={view.starters} beginner={false} />
          <section aria-labelledby="edit-heading" className="space-y-3">
            <h2 id="edit-heading" className={sectionTitleClass}>
              {t("editHeading")}
            </h2>
            <ul className="space-y-3">
              {view.starters.map((s) => (
                <li key={s.id} className={`${cardClass} space-y-2`}>
                  <p className="font-semibold">{s.title}</p>
                  <details>
                    <summary className="cursor-pointer font-medium text-brand-700">{t("change")}</summary>
                    <div className="mt-3">
                      <StarterForm
                        eventId={eventId}
                        organiser={view.organiser}
                        challenges={view.challenges}
                        starter={{
                          id: s.id,
                          title: s.title,
                          summary: s.summary,
                          level: s.level,
                          links: s.links,
                          challengeId: s.challenge?.id ?? "",
                        }}
                        words={words}
                      />
                    </div>
                  </details>
                  <DeleteStarter eventId={eventId} starterId={s.id} title={s.title} words={words} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </div>
  );
}
