import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { RetentionSection } from "./retention-section";
import { ConsentTextSection } from "./consent-text-section";
import { SensitiveSettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Safeguarding" };

type Props = { params: Promise<{ eventId: string }> };

/**
 * The organisers' safeguarding page: what guardians agree to, which sensitive information the event asks for, how long personal
 * data is kept after the event, and every time someone read sensitive information (who, when, whose).
 */
export default async function SafeguardingPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/safeguarding`);
  const caller = await serverCaller();
  const [settings, log, retention, consentText] = await Promise.all([
    orNotFound(caller.sensitive.settings({ eventId })),
    orNotFound(caller.sensitive.accessLog({ eventId })),
    orNotFound(caller.retention.status({ eventId })),
    orNotFound(caller.registrations.consentText({ eventId })),
  ]);
  const { event } = settings;
  const { state } = retention;
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Safeguarding</h1>
        <p className="text-slate-700">
          Ask only for what the day needs. What people give is seen by the organisers and the lead of their
          centre only, and every look is recorded below.
        </p>
      </header>
      <ConsentTextSection eventId={eventId} settings={consentText} />
      <SensitiveSettingsForm eventId={eventId} fields={settings.fields} />
      <RetentionSection
        eventId={eventId}
        view={{
          retentionDays: retention.retentionDays,
          state: state.kind,
          dueAt: formatInZone(state.dueAt, event.timeZone),
          deletedAt: state.kind === "DELETED" ? formatInZone(state.deletedAt, event.timeZone) : null,
          deletion: retention.deletion,
        }}
      />
      <section aria-labelledby="log-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="log-heading" className={sectionTitleClass}>
          Who read sensitive information
        </h2>
        {log.length === 0 ? (
          <p>Nobody has read any yet.</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="log-heading">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Every read of sensitive information, newest first</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Who
                  </th>
                  <th scope="col" className="py-2">
                    Read
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
        <p className={mutedClass}>The latest 500 reads are shown.</p>
      </section>
    </div>
  );
}
