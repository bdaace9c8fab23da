import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import {
  cardTitleClass,
  linkClass,
  mutedClass,
  pageTitleClass,
  sectionTitleClass,
} from "~/app/_components/text-styles";
import { openApiDocument } from "~/server/api/openapi";
import { referenceGroups, type ReferenceOperation } from "~/server/api/reference";
import { API_TOKEN_LIMIT } from "~/server/rate-limit/procedures";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("Developers");

// The document comes from the code, not the database: the page is the same for everyone and is built
// once (static), like the privacy page.
export const dynamic = "force-static";

const code = "rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm";
const block = "overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-sm text-slate-50";

function Operation({ operation }: { operation: ReferenceOperation }) {
  const t = useTranslations("Developers");
  const parameters = t("parameters", { method: operation.method, path: operation.path });
  return (
    <li className={`${cardClass} space-y-2`} id={operation.id}>
      <h3 className={`${cardTitleClass} flex flex-wrap items-center gap-2`}>
        <span className="rounded bg-brand-700 px-2 py-0.5 font-mono text-sm text-white">
          {operation.method}
        </span>
        <code className="font-mono text-base break-all">{`/api/v1${operation.path}`}</code>
        {operation.needsToken ? (
          <Badge tone="warning">{t("token")}</Badge>
        ) : (
          <Badge tone="success">{t("public")}</Badge>
        )}
      </h3>
      <p>{operation.summary}</p>
      {operation.description ? (
        <p className={mutedClass}>{operation.description.replaceAll("`", "")}</p>
      ) : null}
      {operation.fields.length > 0 ? (
        // Scrolls sideways on a phone: focusable, so it can be scrolled from the keyboard.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={parameters}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{parameters}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-3">
                  {t("name")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("in")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("type")}
                </th>
                <th scope="col" className="py-1">
                  {t("notes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {operation.fields.map((field) => (
                <tr key={`${field.where}-${field.name}`} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-3">
                    <code className={code}>{field.name}</code>
                  </td>
                  <td className="py-1 pr-3">{field.where}</td>
                  <td className="py-1 pr-3">{field.type}</td>
                  <td className="py-1">
                    {field.required ? t("required") : t("optional")} {field.description}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}

/**
 * The HTTP API's reference, generated from the same OpenAPI document tools read (/api/v1/openapi.json):
 * how to authenticate, errors, limits, then every operation by group.
 */
export default function DevelopersPage() {
  const t = useTranslations("Developers");
  const groups = referenceGroups(openApiDocument());
  const codeTag = (chunks: ReactNode) => <code className={code}>{chunks}</code>;
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-lg text-slate-700">
          {t.rich("intro", {
            link: (chunks: ReactNode) => (
              <a href="/api/v1/openapi.json" className={linkClass}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>

      <section aria-labelledby="start-heading" className="space-y-3">
        <h2 id="start-heading" className={sectionTitleClass}>
          {t("startHeading")}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t.rich("start1", { code: codeTag })}</li>
          <li>
            {t.rich("start2", {
              code: codeTag,
              strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
            })}
          </li>
          <li>{t("start3")}</li>
          <li>{t("start4")}</li>
        </ul>
        <pre className={block} tabIndex={0} aria-label={t("examples")}>
          <code>{`curl https://<this site>/api/v1/events

curl -H "Authorization: Bearer $TOKEN" \\
  https://<this site>/api/v1/organisations/<organisationId>/challenges`}</code>
        </pre>
      </section>

      <section aria-labelledby="errors-heading" className="space-y-3">
        <h2 id="errors-heading" className={sectionTitleClass}>
          {t("errorsHeading")}
        </h2>
        <p>{t.rich("errors", { code: codeTag, body: `{ "message", "code" }` })}</p>
        <p>
          {t.rich("limits", {
            code: codeTag,
            limit: API_TOKEN_LIMIT.limit,
            minutes: API_TOKEN_LIMIT.windowSeconds / 60,
          })}
        </p>
        <p>
          {t.rich("webhooks", {
            link: (chunks: ReactNode) => (
              <Link href="/organisations" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>

      {groups.map((group) => (
        <section key={group.tag} aria-labelledby={`group-${group.tag}`} className="space-y-3">
          <h2 id={`group-${group.tag}`} className={sectionTitleClass}>
            {group.tag}
          </h2>
          <ul className="space-y-3">
            {group.operations.map((operation) => (
              <Operation key={operation.id} operation={operation} />
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
