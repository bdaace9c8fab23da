import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "~/app/_components/badge";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { dayLabel } from "~/server/mentoring/rules";
import { BLOCKING_FLAGS, VETTING_CHECK_LABELS, VETTING_FLAG_LABELS } from "~/server/mentoring/vetting";
import { EXPERIENCE_LABELS, SKILL_LABELS, type Skill } from "~/server/registrations/labels";
import { offerDecisionWords, ratioFormWords, vettingFormWords } from "./mentor-words";
import { OfferDecision } from "./offer-decision";
import { RatioForm } from "./ratio-form";
import { VettingForm } from "./vetting-form";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageMentors");

type Translate = Awaited<ReturnType<typeof getTranslations<"ManageMentors">>>;

type Props = { params: Promise<{ eventId: string }> };

const skillLabel = (s: string) => SKILL_LABELS[s as Skill] ?? s;

/**
 * Mentors and the adults working at the centres: offers to decide, vetting to record (never a copy of
 * the certificate), flags for anyone not cleared to be alone with under-18s, and the ratio of vetted
 * adults to young people. Organisers and safeguarding leads see every centre; centre leads their own.
 */
export default async function MentorsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/mentors`);
  const caller = await serverCaller();
  const [view, t, decision, ratio, vetting] = await Promise.all([
    orNotFound(caller.mentoring.people({ eventId })),
    getTranslations("ManageMentors"),
    getTranslations("MentorOfferDecision"),
    getTranslations("MentorRatioForm"),
    getTranslations("MentorVettingForm"),
  ]);
  const offers = view.people.flatMap((p) =>
    p.offer?.status === "OFFERED" ? [{ ...p, offer: p.offer }] : [],
  );
  const firstCentre = view.centres[0];
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className={linkClass}>
            {view.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        {firstCentre ? (
          <p>
            <Link
              href={`/manage/events/${eventId}/mentors/matching?centre=${firstCentre.id}&day=${view.days[0] ?? view.today}`}
              className={buttonClass}
            >
              {t("matchLink")}
            </Link>
          </p>
        ) : null}
      </header>

      {view.canDecide ? (
        <RatioForm
          eventId={eventId}
          value={view.event.youngPeoplePerVettedAdult}
          words={ratioFormWords(ratio)}
        />
      ) : view.event.youngPeoplePerVettedAdult ? (
        <p>{t("ratio", { ratio: view.event.youngPeoplePerVettedAdult })}</p>
      ) : null}

      {view.canDecide ? (
        <section aria-labelledby="offers-heading" className="space-y-3">
          <h2 id="offers-heading" className={sectionTitleClass}>
            {t("offersHeading", { count: offers.length })}
          </h2>
          {offers.length === 0 ? (
            <p>{t("noOffers")}</p>
          ) : (
            <ul className="space-y-3">
              {offers.map((p) => (
                <li key={p.userId} className={`${cardClass} space-y-2`}>
                  <h3 className="font-semibold">{p.name}</h3>
                  <p className={mutedClass}>{p.email}</p>
                  <OfferFacts offer={p.offer} t={t} />
                  <OfferDecision
                    eventId={eventId}
                    offerId={p.offer.id}
                    centres={view.centres}
                    offeredCentreId={p.offer.centre?.id ?? null}
                    words={offerDecisionWords(decision, p.name)}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className={sectionTitleClass}>
          {t("peopleHeading", { count: view.people.length })}
        </h2>
        {view.people.length === 0 ? (
          <p>{t("nobody")}</p>
        ) : (
          <ul className="space-y-3">
            {view.people.map((p) => {
              const blocking = p.flags.filter((f) => BLOCKING_FLAGS.has(f));
              const warnings = p.flags.filter((f) => !BLOCKING_FLAGS.has(f));
              return (
                <li key={p.userId} className={`${cardClass} space-y-2`} data-testid="mentor-person">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h3 className="font-semibold">{p.name}</h3>
                      <p className={mutedClass}>
                        {p.roles.length > 0
                          ? p.roles.map((r) => t("roleAt", { role: r.role, centre: r.centre })).join(" · ")
                          : p.offer
                            ? t(`offerStatus.${p.offer.status}`)
                            : ""}
                      </p>
                    </div>
                    {blocking.length === 0 ? (
                      <Badge tone="success">{t("vetted")}</Badge>
                    ) : (
                      <Badge tone="danger">{t("notCleared")}</Badge>
                    )}
                  </div>
                  {p.flags.length > 0 ? (
                    <ul className="space-y-1 text-sm" aria-label={t("vettingOf", { name: p.name })}>
                      {[...blocking, ...warnings].map((f) => (
                        <li
                          key={f}
                          className={
                            BLOCKING_FLAGS.has(f)
                              ? "rounded border border-red-300 bg-red-50 px-3 py-1 text-red-900"
                              : "rounded border border-amber-300 bg-amber-50 px-3 py-1 text-amber-900"
                          }
                        >
                          {VETTING_FLAG_LABELS[f]}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {p.vetting ? (
                    <p className="text-sm">
                      {t("vettingFacts", {
                        check: p.vetting.checkDetail
                          ? t("checkWithDetail", {
                              check: VETTING_CHECK_LABELS[p.vetting.facts.check],
                              detail: p.vetting.checkDetail,
                            })
                          : VETTING_CHECK_LABELS[p.vetting.facts.check],
                        checkedOn: p.vetting.facts.checkedOn,
                        expiresOn: p.vetting.facts.expiresOn,
                        verifiedBy: p.vetting.verifiedBy,
                      })}
                      {p.vetting.facts.trainingOn
                        ? ` ${t("training", { date: p.vetting.facts.trainingOn })}`
                        : ""}
                    </p>
                  ) : null}
                  {p.offer && p.offer.status !== "OFFERED" ? <OfferFacts offer={p.offer} t={t} /> : null}
                  {view.canVet ? (
                    <VettingForm
                      eventId={eventId}
                      userId={p.userId}
                      words={vettingFormWords(vetting, p.name)}
                      current={
                        p.vetting
                          ? {
                              check: p.vetting.facts.check,
                              checkDetail: p.vetting.checkDetail,
                              checkedOn: p.vetting.facts.checkedOn,
                              expiresOn: p.vetting.facts.expiresOn,
                              verifiedBy: p.vetting.verifiedBy,
                              trainingOn: p.vetting.facts.trainingOn ?? "",
                            }
                          : null
                      }
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

/** What an offer says: where, for whom, which days and how many teams (words: the "ManageMentors" messages). */
function OfferFacts({
  offer,
  t,
}: {
  t: Translate;
  offer: {
    centre: { name: string } | null;
    levels: (keyof typeof EXPERIENCE_LABELS)[];
    skills: string[];
    days: string[];
    capacity: number;
    note: string;
  };
}) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium">{t("centre")}</dt>
      <dd>{offer.centre?.name ?? t("anyCentre")}</dd>
      <dt className="font-medium">{t("helps")}</dt>
      <dd>{offer.levels.map((l) => EXPERIENCE_LABELS[l]).join(", ")}</dd>
      <dt className="font-medium">{t("skills")}</dt>
      <dd>{offer.skills.length > 0 ? offer.skills.map(skillLabel).join(", ") : t("noSkills")}</dd>
      <dt className="font-medium">{t("days")}</dt>
      <dd>{offer.days.map(dayLabel).join(", ")}</dd>
      <dt className="font-medium">{t("capacity")}</dt>
      <dd>{offer.capacity}</dd>
      {offer.note ? (
        <>
          <dt className="font-medium">{t("note")}</dt>
          <dd className="whitespace-pre-line">{offer.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
