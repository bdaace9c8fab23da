import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { PageHeader } from "~/app/_components/page-header";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { labelsOf } from "~/server/i18n/labels";
import { EXPERIENCE_LEVELS, SKILLS } from "~/server/registrations/labels";
import { OfferForm, type OfferFormWords } from "./offer-form";
import { titleFrom } from "~/app/_components/page-title";

const WORDS = [
  "centreId",
  "levels",
  "skills",
  "days",
  "capacity",
  "note",
  "noteOptional",
  "adult",
  "offered",
  "accepted",
  "withdrawnStatus",
  "savedChanges",
  "thanks",
  "centreHint",
  "anyCentre",
  "levelsHint",
  "skillsHint",
  "capacityHint",
  "noteHint",
  "sending",
  "saveChanges",
  "offer",
  "withdrawn",
  "withdraw",
] as const;

export const generateMetadata = titleFrom("MentorPage");

type Props = { params: Promise<{ slug: string }> };

/**
 * An adult offers to mentor at the event: a centre, what they can help with, at which levels, which days.
 * Organisers then accept the offer and record the vetting they saw.
 */
export default async function MentorOfferPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/events/${slug}/mentor`);
  const event = await loadEvent(slug);
  const caller = await serverCaller();
  const [form, t, offer, registration] = await Promise.all([
    caller.mentoring.offerForm({ eventId: event.id }),
    getTranslations("MentorPage"),
    getTranslations("MentorOffer"),
    getTranslations("RegistrationPage"),
  ]);
  const words: OfferFormWords = {
    ...labelsOf((key) => offer(key), WORDS),
    levelNames: Object.fromEntries(
      EXPERIENCE_LEVELS.map((level) => [level, offer(`level.${level}`)]),
    ) as OfferFormWords["levelNames"],
    skillNames: Object.fromEntries(
      SKILLS.map((skill) => [skill, registration(`skill.${skill}`)]),
    ) as OfferFormWords["skillNames"],
  };
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title={t("title")} />
      <div className="space-y-3">
        <p>{t("intro")}</p>
        <p>{t.rich("vetting", { strong: (chunks: ReactNode) => <strong>{chunks}</strong> })}</p>
      </div>
      {user.guardian ? (
        <Notice>{t("guardian")}</Notice>
      ) : form.offer?.status === "DECLINED" ? (
        <Notice>{t("declined")}</Notice>
      ) : (
        <OfferForm
          eventId={event.id}
          slug={slug}
          days={form.days}
          centres={form.centres}
          offer={form.offer}
          mentorAt={form.mentorAt ? offer("youMentorAt", { centre: form.mentorAt }) : null}
          words={words}
        />
      )}
    </div>
  );
}
