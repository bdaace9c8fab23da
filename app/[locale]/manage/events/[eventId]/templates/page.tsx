import type { Metadata } from "next";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { PageHeader } from "~/app/_components/page-header";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { RESPONSE_USE_LABELS } from "~/server/templates/rules";
import { CopyTemplates, DeleteTemplate, TemplateForm } from "./template-form";

export const metadata: Metadata = { title: "Response templates" };

type Props = { params: Promise<{ eventId: string }> };

/**
 * An event's response templates (organisers): reusable text for asking sponsors for changes, feedback to
 * teams and announcements, with placeholders filled in where they are used; copyable from another event.
 */
export default async function TemplatesPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/templates`);
  const caller = await serverCaller();
  // Organisers only: anyone else, and a malformed address, get the 404 the refusal becomes.
  const { event, templates, sources } = await orNotFound(caller.templates.manage({ eventId }));
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        back={{ href: `/manage/events/${eventId}`, label: event.name }}
        title="Response templates"
      />
      <p>
        Write the replies you send again and again once: asking a sponsor to change a challenge, feedback to
        teams, announcements. Pick one where you write and it fills in the team, challenge, event and
        deadline; you can still change the text before sending.
      </p>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          Add a template
        </h2>
        <TemplateForm eventId={eventId} template={null} />
      </section>
      {sources.length > 0 ? (
        <section aria-labelledby="copy-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="copy-heading" className={sectionTitleClass}>
            Copy from another of your events
          </h2>
          <CopyTemplates eventId={eventId} sources={sources} />
        </section>
      ) : null}
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className={sectionTitleClass}>
          This event&apos;s templates
        </h2>
        {templates.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="space-y-3">
            {templates.map((t) => (
              <li key={t.id} className={`${cardClass} space-y-2`}>
                <h3 className="font-semibold">{t.title}</h3>
                <p className={mutedClass}>For: {t.uses.map((u) => RESPONSE_USE_LABELS[u]).join(", ")}</p>
                <p className="text-sm whitespace-pre-line text-slate-800">{t.body}</p>
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">Change it</summary>
                  <div className="mt-3">
                    <TemplateForm
                      eventId={eventId}
                      template={{ id: t.id, title: t.title, body: t.body, uses: t.uses }}
                    />
                  </div>
                </details>
                <DeleteTemplate eventId={eventId} templateId={t.id} title={t.title} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
