import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { serverCaller } from "~/app/trpc/server";
import { problemWords } from "~/server/consent/form-messages";
import { capabilityNotice } from "~/server/events/notices";
import { DEFAULT_LOCALE, addressIn, languageAlternates, type SiteLocale } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import { UPDATE_MESSAGES, answerFieldsWords, errorSummaryWords } from "~/server/registrations/form-messages";
import { loadEvent } from "../../load-event";
import { EditRegistrationForm, type EditRegistrationWords } from "./edit-form";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("RegistrationEdit")]);
  return {
    title: t("metaTitle"),
    alternates: { languages: languageAlternates(`/events/${event.slug}/registration/edit`) },
  };
}

/** The "RegistrationEdit" messages the form shows. */
const FORM_WORDS = ["save", "saving"] as const;

/**
 * Changing a registration's centre, experience and skills while registration is open, in the route's
 * language (its problems and the server's refusals too). Centres' names stay as their organisers wrote them.
 */
export default async function EditRegistrationPage({ params }: Props) {
  const { slug } = await params;
  const locale: SiteLocale = await getLocale();
  await requireUser(addressIn(locale, `/events/${slug}/registration/edit`));
  const caller = await serverCaller();
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("RegistrationEdit")]);
  const [form, mine] = await Promise.all([
    caller.registrations.form({ eventId: event.id }),
    caller.registrations.mine({ eventId: event.id }),
  ]);
  if (!mine || mine.status === "WITHDRAWN") redirect(addressIn(locale, `/events/${slug}/register`));
  const registrationHref = addressIn(locale, `/events/${slug}/registration`);
  // Why registration is not open: the query's English as it always was, or the same sentence in the page's
  // language from the event's own windows.
  const notice =
    locale === DEFAULT_LOCALE
      ? form.registrationNotice
      : capabilityNotice("canRegister", event.state.windows.canRegister, event.timeZone, locale);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={registrationHref} className={linkClass}>
            {t("back")}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {form.canRegister ? (
        <EditRegistrationForm
          eventId={event.id}
          centres={form.centres}
          initial={{
            centreId: mine.centre?.id ?? "",
            experience: mine.experience,
            skills: mine.skills,
            tags: mine.tags.join(", "),
          }}
          rules={form.rules}
          words={labelsOf((key) => t(key), FORM_WORDS) satisfies EditRegistrationWords}
          answerWords={answerFieldsWords(locale)}
          summaryWords={errorSummaryWords(locale)}
          problems={problemWords(locale, UPDATE_MESSAGES)}
          registrationHref={registrationHref}
        />
      ) : (
        <Notice>
          {notice} {t("closed")}
        </Notice>
      )}
    </div>
  );
}
