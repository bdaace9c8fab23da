import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OneTimeNotice } from "~/app/_components/one-time-notice";
import { requireUser } from "~/app/_components/guards";
import { flag, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { capabilityNotice } from "~/server/events/notices";
import type { ConsentStatus } from "~/server/registrations/rules";
import { formatInZone } from "~/server/time/zoned";
import { dayLabel } from "~/server/mentoring/rules";
import { checkInUrl, qrSvg } from "~/server/checkin/qr";
import { DEFAULT_LOCALE, addressIn, languageAlternates, type SiteLocale } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import {
  RESEND_MESSAGES,
  RESEND_REFUSALS,
  WITHDRAW_MESSAGES,
  WITHDRAW_REFUSALS,
  problemWords,
  refusalsIn,
  sensitiveFormProps,
} from "~/server/consent/form-messages";
import { RegistrationActions, type RegistrationActionsWords } from "./registration-actions";
import { SensitiveForm } from "~/app/_components/sensitive-form";
import { cardTitleClass, sectionTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { StarterList } from "~/app/_components/starter-list";
import { cardClass } from "~/app/_components/card";
import { PageHeader } from "~/app/_components/page-header";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("RegistrationPage")]);
  return {
    title: t("metaTitle"),
    alternates: { languages: languageAlternates(`/events/${event.slug}/registration`) },
  };
}

/** The "RegistrationActions" messages the resend and withdraw forms show. */
const ACTION_WORDS = [
  "resendTitle",
  "resendBody",
  "guardianEmail",
  "resent",
  "sending",
  "sendAgain",
  "withdrawHeading",
  "withdraw",
  "withdrawTitle",
  "withdrawBody",
  "withdrawConfirm",
  "withdrawing",
  "keepPlace",
] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"RegistrationPage">>>;

/** A learner group's day ("2026-06-14") as dayLabel says it ("Sunday 14 June"), in the page's language. */
function groupDay(day: string, locale: SiteLocale): string {
  if (locale === DEFAULT_LOCALE) return dayLabel(day);
  // On the server only (this page renders no dates in the browser), so ICU's Welsh names are safe here.
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
}

/**
 * A participant's own registration, in the route's language: its status and answers, their parent or
 * guardian's consent, the information the centre asks for, their group and check-in code, starter
 * projects, and resending the consent email or withdrawing. What organisers and sponsors wrote (centres,
 * groups, starter projects) and what the participant typed stay as written.
 */
export default async function RegistrationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { registered, updated } = parseSearchParams(
    { registered: flag(), updated: flag() },
    await searchParams,
  );
  const locale: SiteLocale = await getLocale();
  await requireUser(addressIn(locale, `/events/${slug}/registration`));
  const caller = await serverCaller();
  const [event, t, statuses, home, centreWords, levels, actions] = await Promise.all([
    loadEvent(slug),
    getTranslations("RegistrationPage"),
    getTranslations("RegistrationStatus"),
    getTranslations("YourHome"),
    getTranslations("Centres"),
    getTranslations("ExperienceLevel"),
    getTranslations("RegistrationActions"),
  ]);
  const [mine, centres] = await Promise.all([
    caller.registrations.mine({ eventId: event.id }),
    caller.centres.listPublic({ slug }),
  ]);
  const sensitive =
    mine && mine.status !== "WITHDRAWN" ? await caller.sensitive.mine({ eventId: event.id }) : null;
  const starters =
    mine && mine.status !== "WITHDRAWN" ? await caller.starters.list({ eventId: event.id }) : [];
  const groups =
    mine && mine.status !== "WITHDRAWN" ? await caller.groups.myGroup({ eventId: event.id }) : [];
  const registrationNotice = capabilityNotice(
    "canRegister",
    event.state.windows.canRegister,
    event.timeZone,
    locale,
  );
  const when = (at: Date) => formatInZone(at, event.timeZone, { locale });
  const allowed = (yes: boolean) => (yes ? home("allowed") : home("notAllowed"));
  const eventHref = (path: string) => addressIn(locale, `/events/${slug}${path}`);
  const accountLink = (chunks: ReactNode) => (
    <Link href={addressIn(locale, "/account")} className={strongLinkClass}>
      {chunks}
    </Link>
  );
  // Registered before the event had centres: now there are some, so ask them to choose.
  const mustChooseCentre = mine !== null && mine.status !== "WITHDRAWN" && !mine.centre && centres.length > 0;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: eventHref(""), label: event.name }} title={t("title")} />
      {!mine ? (
        <p>
          {t("notRegistered")}{" "}
          {event.state.capabilities.canRegister ? (
            <Link href={eventHref("/register")} className={strongLinkClass}>
              {t("registerNow")}
            </Link>
          ) : (
            registrationNotice
          )}
        </p>
      ) : (
        <>
          {registered ? (
            <OneTimeNotice
              param="registered"
              message={mine.status === "PENDING_CONSENT" ? t("registeredPending") : t("registeredConfirmed")}
            />
          ) : null}
          {updated ? <OneTimeNotice param="updated" message={t("updated")} /> : null}
          {mine.missing ? (
            <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
              {mine.missing === "NAME"
                ? t.rich("missingName", { link: accountLink })
                : t.rich("missingNickname", { link: accountLink })}
            </p>
          ) : null}
          {mustChooseCentre ? (
            <section
              aria-labelledby="choose-centre-heading"
              className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
            >
              <h2 id="choose-centre-heading" className={cardTitleClass}>
                {t("chooseCentreTitle")}
              </h2>
              <p>{t("chooseCentreBody", { count: centres.length })}</p>
              {event.state.capabilities.canRegister ? (
                <Link
                  href={eventHref("/registration/edit")}
                  className="inline-block font-medium text-brand-800 underline"
                >
                  {t("chooseCentre")}
                </Link>
              ) : (
                <p>{t("closedAskCentre")}</p>
              )}
            </section>
          ) : null}
          <dl className={`grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] ${cardClass}`}>
            <dt className="font-medium">{t("status")}</dt>
            <dd data-testid="registration-status">
              {mine.status === "PENDING_CONSENT" ? t("statusPending") : statuses(mine.status)}
            </dd>
            {mine.names.name ? (
              <>
                <dt className="font-medium">{t("name")}</dt>
                <dd>
                  {mine.names.name}
                  {mine.names.alias ? ` ${t("nickname", { alias: mine.names.alias })}` : ""}{" "}
                  <Link href={addressIn(locale, "/account")} className="text-sm text-brand-700 underline">
                    {t("change")}
                    <span className="sr-only"> {t("changeNames")}</span>
                  </Link>
                </dd>
              </>
            ) : null}
            {mine.centre ? (
              <>
                <dt className="font-medium">{t("centre")}</dt>
                <dd>
                  {mine.centre.name}
                  {mine.centre.addressLine || mine.centre.postcodeDistrict ? (
                    <span className="block text-sm text-slate-700">
                      {[mine.centre.addressLine, mine.centre.postcodeDistrict].filter(Boolean).join(", ")}
                    </span>
                  ) : null}
                  {mine.centre.openingTimes ? (
                    <span className="block text-sm text-slate-700">
                      {centreWords("open", { times: mine.centre.openingTimes })}
                    </span>
                  ) : null}
                </dd>
              </>
            ) : null}
            <dt className="font-medium">{t("experience")}</dt>
            <dd>{levels(mine.experience)}</dd>
            <dt className="font-medium">{t("skills")}</dt>
            <dd>{[...mine.skills.map((s) => t(`skill.${s}`)), ...mine.tags].join(", ") || t("noneGiven")}</dd>
            <dt className="font-medium">{t("dateOfBirth")}</dt>
            <dd>
              {mine.dateOfBirth ? (
                <>
                  {mine.dateOfBirth} <span className="text-slate-600">{t("onlyYou")}</span>
                </>
              ) : (
                t("dateOfBirthDeleted")
              )}
            </dd>
            <dt className="font-medium">{t("codeOfConduct")}</dt>
            <dd>
              {t("codeAccepted", { version: mine.codeOfConductVersion, date: when(mine.codeOfConductAt) })}
            </dd>
          </dl>
          {mine.status !== "WITHDRAWN" && event.state.capabilities.canRegister ? (
            <p>
              <Link href={eventHref("/registration/edit")} className={strongLinkClass}>
                {t("changeAnswers")}
              </Link>
            </p>
          ) : mine.status !== "WITHDRAWN" ? (
            <p className="text-slate-700">
              {t("answersClosed")} {registrationNotice}
            </p>
          ) : null}
          {mine.status === "PENDING_CONSENT" ? (
            <section aria-labelledby="consent-heading" className="space-y-2">
              <h2 id="consent-heading" className={sectionTitleClass}>
                {t("consentHeading")}
              </h2>
              <ConsentWaiting consent={mine.consent} guardianEmail={mine.guardianEmail} t={t} when={when} />
            </section>
          ) : null}
          {mine.status === "CONFIRMED" && mine.consent.consentedAt && mine.consent.scopes ? (
            <section aria-labelledby="consent-heading" className="space-y-2">
              <h2 id="consent-heading" className={sectionTitleClass}>
                {t("consentHeading")}
              </h2>
              <p>
                {t("consentGiven", {
                  date: when(mine.consent.consentedAt),
                  photo: allowed(mine.consent.scopes.photo),
                  credit: allowed(mine.consent.scopes.publicCredit),
                })}
              </p>
            </section>
          ) : null}
          {sensitive && sensitive.fields.length > 0 ? (
            sensitive.byGuardian ? (
              <p className="rounded border border-slate-300 bg-slate-50 p-4">{t("sensitiveByGuardian")}</p>
            ) : (
              <SensitiveForm
                as={{ eventId: event.id }}
                fields={sensitive.fields}
                answers={sensitive.answers}
                {...sensitiveFormProps(locale, null)}
              />
            )
          ) : null}
          {groups.length > 0 ? (
            <section aria-labelledby="group-heading" className={`space-y-2 ${cardClass}`}>
              <h2 id="group-heading" className={sectionTitleClass}>
                {t("groupHeading")}
              </h2>
              <ul className="space-y-1" data-testid="your-group">
                {groups.map((g) => (
                  <li key={g.day}>
                    {groups.length > 1 ? `${groupDay(g.day, locale)}: ` : ""}
                    {g.mentorFirstName
                      ? t.rich("groupWithMentor", {
                          group: g.label,
                          mentor: g.mentorFirstName,
                          strong: (chunks) => <strong>{chunks}</strong>,
                        })
                      : t.rich("groupNoMentor", {
                          group: g.label,
                          strong: (chunks) => <strong>{chunks}</strong>,
                        })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {mine.status === "CONFIRMED" && mine.centre ? (
            <CheckInCode
              eventId={event.id}
              code={mine.checkInCode}
              words={{
                heading: t("checkInHeading"),
                body: t("checkInBody", { centre: mine.centre.name }),
                qr: t("checkInQr", { code: mine.checkInCode }),
              }}
            />
          ) : null}
          <StarterList starters={starters} beginner={mine.experience === "NEW"} />
          {mine.status !== "WITHDRAWN" ? (
            <RegistrationActions
              eventId={event.id}
              pendingConsent={mine.status === "PENDING_CONSENT"}
              guardianEmail={mine.guardianEmail ?? ""}
              words={labelsOf((key) => actions(key), ACTION_WORDS) satisfies RegistrationActionsWords}
              resendProblems={problemWords(locale, RESEND_MESSAGES)}
              resendRefusals={refusalsIn(locale, RESEND_REFUSALS)}
              withdrawProblems={problemWords(locale, WITHDRAW_MESSAGES)}
              withdrawRefusals={refusalsIn(locale, WITHDRAW_REFUSALS)}
            />
          ) : event.state.capabilities.canRegister ? (
            <p>
              {t.rich("withdrewRegisterAgain", {
                link: (chunks) => (
                  <Link href={eventHref("/register")} className={strongLinkClass}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <p>
              {t("withdrewClosed")} {registrationNotice}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The code to show at the centre's door: a QR code the centre lead scans with their phone's camera, and
 * the same code to read out or type. It says only who is registered, so it is safe to print or screenshot.
 */
async function CheckInCode({
  eventId,
  code,
  words,
}: {
  eventId: string;
  code: string;
  words: { heading: string; body: string; qr: string };
}) {
  const svg = await qrSvg(checkInUrl(eventId, code));
  return (
    <section aria-labelledby="check-in-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="check-in-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p>{words.body}</p>
      <div className="flex flex-wrap items-center gap-6">
        <div
          role="img"
          aria-label={words.qr}
          className="h-44 w-44 shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full"
          // The library's own SVG markup of a URL we built; it holds no user text.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p className="font-mono text-4xl font-bold tracking-[0.3em]" data-testid="check-in-code">
          {code}
        </p>
      </div>
    </section>
  );
}

/**
 * What a young person waiting for consent is told. Each state says only what is true of it: after a
 * withdrawal nothing is on its way to the guardian until the young person sends a new link.
 */
function ConsentWaiting({
  consent,
  guardianEmail,
  t,
  when,
}: {
  consent: {
    status: ConsentStatus;
    lastSentAt: Date | null;
    withdrawnAt: Date | null;
    reminders: { sent: number; max: number; next: Date | null };
  };
  guardianEmail: string | null;
  t: Translate;
  /** A date and time in the event's zone, in the page's language. */
  when: (at: Date) => string;
}) {
  if (consent.status === "WITHDRAWN") {
    return (
      <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
        {consent.withdrawnAt
          ? t("consentWithdrawn", { date: when(consent.withdrawnAt) })
          : t("consentWithdrawnUndated")}
      </p>
    );
  }
  const intro = t("consentIntro");
  if (!consent.lastSentAt) {
    return (
      <p>
        {intro} {t("consentNotSent")}
      </p>
    );
  }
  const sent = guardianEmail
    ? t("consentSentTo", { email: guardianEmail, date: when(consent.lastSentAt) })
    : t("consentSent", { date: when(consent.lastSentAt) });
  const { reminders } = consent;
  const reminded =
    reminders.sent > 0 ? t("consentReminded", { number: reminders.sent, max: reminders.max }) : "";
  const next = reminders.next ? ` ${t("consentNextReminder", { date: when(reminders.next) })}` : "";
  return (
    <p>
      {intro} {sent} {reminded}
      {next} {consent.status === "EXPIRED" ? t("consentExpired") : t("consentCheckInbox")}
    </p>
  );
}
