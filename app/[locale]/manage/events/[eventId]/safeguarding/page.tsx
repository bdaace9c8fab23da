import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { formatInZone } from "~/server/time/zoned";
import { RetentionSection, type RetentionView } from "./retention-section";
import { ConsentTextSection, type ConsentTextWords } from "./consent-text-section";
import { retentionWords } from "./safeguarding-words";
import { SensitiveSettingsForm } from "./settings-form";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageSafeguarding");

type Props = { params: Promise<{ eventId: string }> };

/**
 * The organisers' safeguarding page: what guardians agree to, which sensitive information the event asks for, how long personal
 * data is kept after the event, and every time someone read sensitive information (who, when, whose).
 */
export default async function SafeguardingPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/safeguarding`);
  const caller = await serverCaller();
  const [settings, log, retention, consentText, t, consent, kept, asks] = await Promise.all([
    orNotFound(caller.sensitive.settings({ eventId })),
    orNotFound(caller.sensitive.accessLog({ eventId })),
    orNotFound(caller.retention.status({ eventId })),
    orNotFound(caller.registrations.consentText({ eventId })),
    getTranslations("ManageSafeguarding"),
    getTranslations("SafeguardingConsentText"),
    getTranslations("SafeguardingRetention"),
    getTranslations("SafeguardingAsks"),
  ]);
  const { event } = settings;
  const { state } = retention;
  const retentionView: RetentionView = {
    retentionDays: retention.retentionDays,
    state: state.kind,
    dueAt: formatInZone(state.dueAt, event.timeZone),
    deletedAt: state.kind === "DELETED" ? formatInZone(state.deletedAt, event.timeZone) : null,
    deletion: retention.deletion,
  };
  const { current, older, asked } = consentText.consents;
  const consentWords: ConsentTextWords = {
    ...labelsOf((key) => consent(key), ["heading", "saving", "save", "saved", "noChange"] as const),
    wording: consent.rich(consentText.own ? "ownWording" : "standardWording", {
      version: consentText.version,
      mono: (chunks) => <span className="font-mono">{chunks}</span>,
    }),
    consents:
      current + older === 0
        ? consent("noConsents")
        : older > 0
          ? consent("consentedOlder", { current, older, asked: String(asked) })
          : consent("consented", { current }),
    label: consent("wording"),
    hint: consent("wordingHint"),
    savedVersionOne: consent.raw("savedVersionOne") as string,
    savedVersionOther: consent.raw("savedVersionOther") as string,
    earlierVersions: consent("earlierVersions", { count: String(consentText.versions.length) }),
  };
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <ConsentTextSection eventId={eventId} settings={consentText} words={consentWords} />
      <SensitiveSettingsForm
        eventId={eventId}
        fields={settings.fields}
        words={labelsOf((key) => asks(key), ["heading", "legend", "saving", "save", "saved"] as const)}
      />
      <RetentionSection eventId={eventId} view={retentionView} words={retentionWords(kept, retentionView)} />
      <section aria-labelledby="log-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="log-heading" className={sectionTitleClass}>
          {t("logHeading")}
        </h2>
        {log.length === 0 ? (
          <p>{t("nobodyRead")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="log-heading">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("logCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("when")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("who")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("read")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.map((entry) => (
                  <tr key={entry.id} className="border-b border-slate-200">
                    <td className="py-2 pr-4 whitespace-nowrap">{formatInZone(entry.at, event.timeZone)}</td>
                    <td className="py-2 pr-4">{entry.by}</td>
                    <td className="py-2">{entry.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className={mutedClass}>{t("latest")}</p>
      </section>
    </div>
  );
}
