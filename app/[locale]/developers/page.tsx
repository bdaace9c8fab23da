import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "API for developers" };

// The document comes from the code, not the database: the page is the same for everyone and is built
// once (static), like the privacy page.
export const dynamic = "force-static";

const code = "rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm";
const block = "overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-sm text-slate-50";

function Operation({ operation }: { operation: ReferenceOperation }) {
  return (
    <li className={`${cardClass} space-y-2`} id={operation.id}>
      <h3 className={`${cardTitleClass} flex flex-wrap items-center gap-2`}>
        <span className="rounded bg-brand-700 px-2 py-0.5 font-mono text-sm text-white">
          {operation.method}
        </span>
        <code className="font-mono text-base break-all">/api/v1{operation.path}</code>
        {operation.needsToken ? <Badge tone="warning">Token</Badge> : <Badge tone="success">Public</Badge>}
      </h3>
      <p>{operation.summary}</p>
      {operation.description ? (
        <p className={mutedClass}>{operation.description.replaceAll("`", "")}</p>
      ) : null}
      {operation.fields.length > 0 ? (
        // Scrolls sideways on a phone: focusable, so it can be scrolled from the keyboard.
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={`Parameters of ${operation.method} ${operation.path}`}
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Parameters of {operation.method} {operation.path}
            </caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-3">
                  Name
                </th>
                <th scope="col" className="py-1 pr-3">
                  In
                </th>
                <th scope="col" className="py-1 pr-3">
                  Type
                </th>
                <th scope="col" className="py-1">
                  Notes
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
                    {field.required ? "Required. " : "Optional. "}
                    {field.description}
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
  const groups = referenceGroups(openApiDocument());
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className={pageTitleClass}>API for developers</h1>
        <p className="text-lg text-slate-700">
          Connect your own systems to events here: read events, challenges, projects and results, and, with a
          token, manage your organisation&apos;s challenges or read an event&apos;s registrations and teams.
          The machine-readable description is the{" "}
          <a href="/api/v1/openapi.json" className={linkClass}>
            OpenAPI 3 document
          </a>
          ; any OpenAPI tool can turn it into a client.
        </p>
      </header>

      <section aria-labelledby="start-heading" className="space-y-3">
        <h2 id="start-heading" className={sectionTitleClass}>
          Getting started
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Every address starts with <code className={code}>/api/v1</code> on this site. Answers are JSON;
            times are ISO 8601 in UTC.
          </li>
          <li>
            Public reads need nothing. Anything else needs an <strong>API token</strong>: an
            organisation&apos;s owners make one on the organisation&apos;s Integrations page, an event&apos;s
            organisers on the event&apos;s. Choose only the permissions your system needs. The token is shown
            once; send it as <code className={code}>Authorization: Bearer fst_…</code>.
          </li>
          <li>
            A token acts as the person who made it, and stops working when they no longer manage the
            organisation or event, when it is revoked, or when it expires. Every call is logged where the
            token is managed.
          </li>
          <li>
            No token ever reads a young person&apos;s name, or anyone&apos;s email address, date of birth or
            guardian.
          </li>
        </ul>
        <pre className={block} tabIndex={0} aria-label="Example calls">
          <code>{`curl https://<this site>/api/v1/events

curl -H "Authorization: Bearer $TOKEN" \\
  https://<this site>/api/v1/organisations/<organisationId>/challenges`}</code>
        </pre>
      </section>

      <section aria-labelledby="errors-heading" className="space-y-3">
        <h2 id="errors-heading" className={sectionTitleClass}>
          Errors and limits
        </h2>
        <p>
          A refusal has an HTTP status and a JSON body <code className={code}>{`{ "message", "code" }`}</code>
          , and for bad input <code className={code}>issues</code> listing each field that is wrong: 400 bad
          input, 401 no working token, 403 the token lacks the permission, 404 not found (or not yours), 409 a
          conflict such as a challenge already with the organisers, 413 a body over 1 MB, 429 too many calls.
        </p>
        <p>
          Each token may make {API_TOKEN_LIMIT.limit} calls in {API_TOKEN_LIMIT.windowSeconds / 60} minutes; a
          429 says in <code className={code}>Retry-After</code> how many seconds to wait. Public reads are not
          limited: their answers are kept for up to 30 seconds, here and by any cache on the way. To retry a
          write safely, send the same <code className={code}>requestKey</code> where an operation takes one.
        </p>
        <p>
          To hear about changes as they happen instead of asking, use webhooks (on the same Integrations
          pages). Where to find both:{" "}
          <Link href="/organisations" className={linkClass}>
            your organisation
          </Link>{" "}
          or your event&apos;s management page.
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
