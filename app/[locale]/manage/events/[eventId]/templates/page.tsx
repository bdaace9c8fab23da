import { getTranslations } from "next-intl/server";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { PageHeader } from "~/app/_components/page-header";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { PLACEHOLDER_MEANINGS, PLACEHOLDERS, RESPONSE_USE_LABELS } from "~/server/templates/rules";
import { CopyTemplates, DeleteTemplate, TemplateForm, type TemplateFormWords } from "./template-form";
import { titleFrom } from "~/app/_components/page-title";
import { ADD_OR_EDIT_KEYS, ADD_OR_EDIT_TEMPLATES } from "~/app/_components/add-or-edit-words";

export const generateMetadata = titleFrom("ResponseTemplates");

/** The forms' plain messages; `added`, `deleteTitle`, `sourceOne` and `sourceMany` are raw templates. */
const WORDS = [
  "title",
  "body",
  "uses",
  "titleHint",
  "usesHint",
  "copyFrom",
  "copying",
  "copy",
  "copied",
] as const;

const TEMPLATES = ["sourceOne", "sourceMany"] as const;

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
  const [{ event, templates, sources }, t, form] = await Promise.all([
    orNotFound(caller.templates.manage({ eventId })),
    getTranslations("ResponseTemplates"),
    getTranslations("TemplateForm"),
  ]);
  const words: TemplateFormWords = {
    ...labelsOf((key) => form(key), WORDS),
    ...labelsOf((key) => form(key), ADD_OR_EDIT_KEYS),
    ...labelsOf((key) => form.raw(key) as string, ADD_OR_EDIT_TEMPLATES),
    ...labelsOf((key) => form.raw(key) as string, TEMPLATES),
    bodyHint: form("bodyHint", {
      placeholders: PLACEHOLDERS.map((p) => `{${p}} ${PLACEHOLDER_MEANINGS[p]}`).join("; "),
    }),
  };
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader back={{ href: `/manage/events/${eventId}`, label: event.name }} title={t("title")} />
      <p>{t("intro")}</p>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          {t("addHeading")}
        </h2>
        <TemplateForm eventId={eventId} template={null} words={words} />
      </section>
      {sources.length > 0 ? (
        <section aria-labelledby="copy-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="copy-heading" className={sectionTitleClass}>
            {t("copyHeading")}
          </h2>
          <CopyTemplates eventId={eventId} sources={sources} words={words} />
        </section>
      ) : null}
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className={sectionTitleClass}>
          {t("listHeading")}
        </h2>
        {templates.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="space-y-3">
            {templates.map((template) => (
              <li key={template.id} className={`${cardClass} space-y-2`}>
                <h3 className="font-semibold">{template.title}</h3>
                <p className={mutedClass}>
                  {t("for", { uses: template.uses.map((u) => RESPONSE_USE_LABELS[u]).join(", ") })}
                </p>
                <p className="text-sm whitespace-pre-line text-slate-800">{template.body}</p>
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">{t("change")}</summary>
                  <div className="mt-3">
                    <TemplateForm
                      eventId={eventId}
                      template={{
                        id: template.id,
                        title: template.title,
                        body: template.body,
                        uses: template.uses,
                      }}
                      words={words}
                    />
                  </div>
                </details>
                <DeleteTemplate
                  eventId={eventId}
                  templateId={template.id}
                  title={template.title}
                  words={words}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
