import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { serverCaller } from "~/app/trpc/server";
import { problemWords, refusalsIn } from "~/server/consent/form-messages";
import { capabilityNotice } from "~/server/events/notices";
import { DEFAULT_LOCALE, addressIn, languageAlternates, type SiteLocale } from "~/server/http/locales.mjs";
import {
  JOIN_WAITING_LIST_MESSAGES,
  LEAVE_WAITING_LIST_MESSAGES,
  REGISTER_REFUSALS,
  answerFieldsWords,
  errorSummaryWords,
  registerFormWords,
  registerProblemWords,
  startDateIn,
  waitingListWords,
  waitingPlace,
} from "~/server/registrations/form-messages";
import { loadEvent } from "../load-event";
import { RegisterForm } from "./register-form";
import { WaitingLists } from "./waiting-list";

import { PageHeader } from "~/app/_components/page-header";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("Register")]);
  return {
    title: t("metaTitle"),
    alternates: { languages: languageAlternates(`/events/${event.slug}/register`) },
  };
}

/**
 * Registering for an event, in the route's language: the form (its words, hints and problems, and the
 * server's refusals), and the person's places on the waiting lists of full centres. What organisers
 * wrote (centres' names) stays as written; the registration is made in the page's language, so the
 * emails about it are too.
 */
export default async function RegisterPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // The centre a waiting-list offer email links to, chosen for the person when it is one of the list.
  const { centre } = parseSearchParams({ centre: optionalId() }, await searchParams);
  const locale: SiteLocale = await getLocale();
  await requireUser(addressIn(locale, `/events/${slug}/register`));
  const caller = await serverCaller();
  const [event, t, levels] = await Promise.all([
    loadEvent(slug),
    getTranslations("Register"),
    getTranslations("ExperienceLevel"),
  ]);
  const [form, mine, profile, waiting] = await Promise.all([
    caller.registrations.form({ eventId: event.id }),
    caller.registrations.mine({ eventId: event.id }),
    caller.users.me(),
    caller.waitingList.mine({ eventId: event.id }),
  ]);
  if (mine && mine.status !== "WITHDRAWN") redirect(addressIn(locale, `/events/${slug}/registration`));
  const english = locale === DEFAULT_LOCALE;
  const places = waiting.map((entry) => waitingPlace(locale, entry, event.timeZone));
  const onList = new Set(places.map((p) => p.centreId));
  const fullCentres = form.centres.filter((c) => c.full && !onList.has(c.id));
  const initialCentreId = form.centres.find((c) => c.id === centre && !c.full)?.id ?? "";
  const summaryWords = errorSummaryWords(locale);
  // Why registration is not open: the query's English as it always was, or the same sentence in the page's
  // language from the event's own windows.
  const notice = english
    ? form.registrationNotice
    : (capabilityNotice("canRegister", event.state.windows.canRegister, event.timeZone, locale) ??
      t("notOpen"));
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        back={{ href: addressIn(locale, `/events/${slug}`), label: event.name }}
        title={t("title")}
      />
      {form.canRegister ? (
        <WaitingLists
          eventId={event.id}
          places={places}
          fullCentres={fullCentres}
          words={waitingListWords(locale)}
          levels={{ NEW: levels("NEW"), SOME: levels("SOME"), CONFIDENT: levels("CONFIDENT") }}
          summaryWords={summaryWords}
          joinProblems={problemWords(locale, JOIN_WAITING_LIST_MESSAGES)}
          leaveProblems={problemWords(locale, LEAVE_WAITING_LIST_MESSAGES)}
        />
      ) : null}
      {form.canRegister ? (
        <RegisterForm
          initialCentreId={initialCentreId}
          eventId={event.id}
          centres={form.centres}
          codeOfConductVersion={form.codeOfConductVersion}
          rules={form.rules}
          profile={{ name: profile.name ?? "", alias: profile.alias ?? "" }}
          locale={locale}
          words={registerFormWords(locale, {
            youngAge: form.youngAge,
            consentAge: form.consentAge,
            minimumAge: form.minimumAge,
            // In English the form's own "2026-06-14", as always; in Welsh with the month's name.
            startDate: english ? form.startDate : startDateIn(locale, form.rules.eventStart),
            codeOfConductVersion: form.codeOfConductVersion,
            child: form.rules.registeringGuardian
              ? { name: profile.name ?? "", guardian: form.rules.registeringGuardian }
              : null,
          })}
          answerWords={answerFieldsWords(locale)}
          summaryWords={summaryWords}
          problems={registerProblemWords(locale, form.rules)}
          refusals={refusalsIn(locale, REGISTER_REFUSALS)}
          registrationHref={addressIn(locale, `/events/${slug}/registration`)}
          codeOfConductHref={addressIn(locale, `/events/${slug}/code-of-conduct`)}
        />
      ) : (
        <Notice>{notice}</Notice>
      )}
    </div>
  );
}
