import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { serverCaller } from "~/app/trpc/server";
import type { ConsentScope } from "~/server/registrations/rules";
import { formatInZone } from "~/server/time/zoned";
import { UNNAMED_PARTICIPANT } from "~/server/people/rules";
import { DEFAULT_LOCALE, type SiteLocale } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import {
  COLLECTION_MESSAGES,
  COLLECTION_REFUSALS,
  GIVE_CONSENT_MESSAGES,
  GIVE_CONSENT_REFUSALS,
  SCOPES_MESSAGES,
  SCOPES_REFUSALS,
  WITHDRAW_CONSENT_MESSAGES,
  WITHDRAW_CONSENT_REFUSALS,
  problemWords,
  refusalsIn,
  sensitiveFormProps,
} from "~/server/consent/form-messages";
import { MAX_COLLECTORS } from "~/server/checkin/schema";
import { ConsentForm } from "./consent-form";
import { CollectionForm } from "./collection-form";
import { SensitiveForm } from "~/app/_components/sensitive-form";
import { WithdrawConsent } from "./withdraw-consent";
import { ScopesForm } from "./scopes-form";
import { pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";

type Props = { params: Promise<{ token: string }> };

/**
 * The token is in the address: never send it on to another site, and keep the page out of indexes. So no
 * `alternates` either: hreflang links are for search engines, which must not see this page, and they would
 * write the secret address (in both languages) into the page once more.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Consent");
  return {
    title: t("metaTitle"),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

/** The "ConsentForms" messages the consent form reads as they are. */
const CONSENT_FORM_WORDS = ["choices", "guardianName", "guardianNameHint", "give", "saving"] as const;

/**
 * The paragraphs a guardian agrees to, in the page's language: the platform's default text (by its
 * version, "Consent.defaultText") when the catalogue has that version; an event's own text, or a default
 * whose version the catalogue does not have yet, as written.
 */
function consentTextIn(
  locale: SiteLocale,
  text: { version: string; paragraphs: readonly string[] },
  translated: Record<string, Record<string, string> | undefined>,
): readonly string[] {
  if (locale === DEFAULT_LOCALE) return text.paragraphs;
  const paragraphs = translated[text.version];
  return paragraphs ? Object.values(paragraphs) : text.paragraphs;
}

/**
 * A guardian answers the emailed link, in the route's language: gives consent (or confirms a new text),
 * then changes their choices, says who may collect their young person, answers the event's sensitive
 * questions or withdraws. What organisers wrote (the event's own consent text) stays as written.
 */
export default async function ConsentPage({ params }: Props) {
  const { token } = await params;
  const [t, forms, home, locale, caller] = await Promise.all([
    getTranslations("Consent"),
    getTranslations("ConsentForms"),
    getTranslations("YourHome"),
    getLocale(),
    serverCaller(),
  ]);
  const when = (at: Date, timeZone: string) => formatInZone(at, timeZone, { locale });
  const allowed = (yes: boolean) => (yes ? home("allowed") : home("notAllowed"));
  const scopeWords = (key: ConsentScope) => ({
    label: t(`scope.${key}.label`),
    hint: t(`scope.${key}.hint`),
  });
  // A young person with no name or nickname on record is "A participant", in the page's language.
  const nameOf = (firstName: string) => (firstName === UNNAMED_PARTICIPANT ? t("aParticipant") : firstName);
  const view = await caller.registrations.consentByToken({ token: token.slice(0, 200) || "-" });
  if (view.state === "USED") {
    const sensitive = view.withdrawnAt
      ? null
      : await caller.sensitive.byToken({ token: token.slice(0, 200) || "-" });
    const name = nameOf(view.firstName);
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className={pageTitleClass}>{t("consentFor", { name })}</h1>
        {view.withdrawnAt ? (
          <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
            {t.rich("withdrawn", {
              name,
              event: view.eventName,
              date: when(view.withdrawnAt, view.timeZone),
              time: (chunks) => <time dateTime={view.withdrawnAt?.toISOString()}>{chunks}</time>,
            })}
          </p>
        ) : (
          <>
            <p role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
              {t.rich("given", {
                name,
                event: view.eventName,
                date: when(view.consentedAt, view.timeZone),
                photo: allowed(view.photo),
                credit: allowed(view.publicCredit),
                version: view.textVersion ?? "",
                time: (chunks) => <time dateTime={view.consentedAt.toISOString()}>{chunks}</time>,
              })}
            </p>
            {view.newTextToConfirm ? (
              <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
                {t("newText")}
              </p>
            ) : null}
            <ScopesForm
              token={token}
              scopes={view.changeable.map((scope) => ({ ...scope, ...scopeWords(scope.key) }))}
              words={{
                heading: forms("changeHeading"),
                intro: forms("changeIntro", { name }),
                saved: forms("changeSaved"),
                legend: forms("changeLegend", { name }),
                save: forms("changeSave"),
                saving: forms("saving"),
              }}
              problems={problemWords(locale, SCOPES_MESSAGES)}
              refusals={refusalsIn(locale, SCOPES_REFUSALS)}
            />
            <CollectionForm
              token={token}
              mayLeaveAlone={view.mayLeaveAlone}
              collectors={view.collectors.map((c) => ({ name: c.name, relationship: c.relationship }))}
              words={{
                heading: forms("collectHeading", { name }),
                intro: forms("collectIntro", { name }),
                adultName: forms.raw("adultName") as string,
                relationship: forms("relationship"),
                relationshipExample: forms("relationshipExample"),
                remove: forms("remove"),
                removeAdult: forms.raw("removeAdult") as string,
                addAdult: forms("addAdult"),
                upToAdults: forms("upToAdults", { max: MAX_COLLECTORS }),
                mayLeaveAlone: forms("mayLeaveAlone", { name }),
                save: forms("saveCollectors", { name }),
                saving: forms("saving"),
                saved: forms("collectSaved"),
                nameSomeone: forms("nameSomeone", { name }),
              }}
              problems={problemWords(locale, COLLECTION_MESSAGES)}
              refusals={refusalsIn(locale, COLLECTION_REFUSALS)}
            />
            {sensitive && sensitive.fields.length > 0 ? (
              <SensitiveForm
                as={{ token }}
                fields={sensitive.fields}
                answers={sensitive.answers}
                {...sensitiveFormProps(locale, name)}
              />
            ) : null}
            <WithdrawConsent
              token={token}
              words={{
                heading: forms("withdrawHeading"),
                body: forms("withdrawBody", { name }),
                trigger: forms("withdrawTrigger"),
                title: forms("withdrawTitle", { name }),
                dialog: forms("withdrawDialog", { name }),
                confirm: forms("withdrawConfirm"),
                pending: forms("withdrawing"),
                cancel: forms("cancel"),
              }}
              problems={problemWords(locale, WITHDRAW_CONSENT_MESSAGES)}
              refusals={refusalsIn(locale, WITHDRAW_CONSENT_REFUSALS)}
            />
          </>
        )}
      </div>
    );
  }
  if (view.state !== "VALID") {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
          {view.state === "NOT_GUARDIAN" ? t(`notGuardian.${view.reason}`) : t(`problem.${view.state}`)}
        </p>
      </div>
    );
  }
  const name = nameOf(view.firstName);
  const paragraphs = consentTextIn(
    locale,
    { version: view.consentTextVersion, paragraphs: view.consentText },
    (await getMessages()).Consent.defaultText,
  );
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>
          {view.previous ? t("confirmFor", { name }) : t("consentFor", { name })}
        </h1>
        {view.previous ? (
          <p>
            {t.rich("previousIntro", {
              name,
              event: view.eventName,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        ) : (
          <p>
            {t.rich("intro", {
              name,
              event: view.eventName,
              date: when(view.startsAt, view.timeZone),
              zone: view.timeZone,
              strong: (chunks) => <strong>{chunks}</strong>,
              time: (chunks) => <time dateTime={view.startsAt.toISOString()}>{chunks}</time>,
            })}
          </p>
        )}
      </header>
      <section aria-labelledby="text-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="text-heading" className={sectionTitleClass}>
          {t("textHeading")}
        </h2>
        {paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="text-sm text-slate-600">{t("textVersion", { version: view.consentTextVersion })}</p>
      </section>
      <ConsentForm
        token={token}
        consentTextVersion={view.consentTextVersion}
        scopes={view.scopes.map((scope) => ({ ...scope, ...scopeWords(scope.key) }))}
        previous={view.previous}
        words={{
          ...labelsOf((key) => forms(key), CONSENT_FORM_WORDS),
          given: forms("given", { name }),
        }}
        problems={problemWords(locale, GIVE_CONSENT_MESSAGES)}
        refusals={refusalsIn(locale, GIVE_CONSENT_REFUSALS)}
      />
    </div>
  );
}
