import Link from "next/link";
import { ApiTokensSection, type ApiTokenItem } from "~/app/_components/api-tokens";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import {
  DeliveryLog,
  EndpointCard,
  EndpointForm,
  type EndpointItem,
  type IntegrationOwner,
} from "~/app/_components/integrations";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import type { ApiPermission } from "~/server/api-tokens/rules";
import type { WebhookType } from "~/server/webhooks/schema";

/**
 * An Integrations page (an event's or an organisation's): its API tokens, then what its webhooks send,
 * its endpoints, a form to add one and the delivery log, with times in `timeZone`. `sends` finishes the
 * sentence "Webhooks send a signed message to your own system when …".
 */
export function IntegrationsPage({
  back,
  sends,
  owner,
  hooks,
  tokens,
  timeZone,
}: {
  back: { href: string; label: string };
  sends: string;
  owner: IntegrationOwner;
  hooks: { endpoints: EndpointItem[]; types: readonly WebhookType[] };
  tokens: { tokens: ApiTokenItem[]; permissions: readonly ApiPermission[] };
  timeZone: string;
}) {
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={back.href} className={linkClass}>
            {back.label}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Integrations</h1>
        <p className="text-slate-700">
          Connect your own systems: API tokens let them read and write here, webhooks tell them when something
          happens.
        </p>
      </header>
      <ApiTokensSection
        owner={owner}
        tokens={tokens.tokens}
        permissions={tokens.permissions}
        timeZone={timeZone}
      />
      <section aria-labelledby="webhooks-heading" className="space-y-3">
        <h2 id="webhooks-heading" className={sectionTitleClass}>
          Webhooks
        </h2>
        <p className="text-slate-700">
          Webhooks send a signed message to your own system when {sends}. Messages carry ids and the names of
          events, challenges, teams and projects, never anything about a person. How to check the signature is
          in the{" "}
          <a href="https://www.standardwebhooks.com" className={linkClass}>
            Standard Webhooks
          </a>{" "}
          specification and our API documentation.
        </p>
      </section>
      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className={sectionTitleClass}>
          Endpoints
        </h2>
        {hooks.endpoints.length === 0 ? <EmptyState title="No endpoints yet." /> : null}
        <ul className="space-y-3">
          {hooks.endpoints.map((e) => (
            <EndpointCard key={e.id} owner={owner} types={hooks.types} endpoint={e} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          Add an endpoint
        </h2>
        <EndpointForm owner={owner} types={hooks.types} endpoint={null} />
      </section>
      <DeliveryLog owner={owner} timeZone={timeZone} zoneName={timeZone} />
    </div>
  );
}
