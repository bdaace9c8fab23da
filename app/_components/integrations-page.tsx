import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ApiTokensSection, type ApiTokenItem, type ApiTokensWords } from "~/app/_components/api-tokens";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import {
  DeliveryLog,
  EndpointCard,
  EndpointForm,
  type EndpointItem,
  type IntegrationOwner,
  type WebhooksWords,
} from "~/app/_components/integrations";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import type { ApiPermission } from "~/server/api-tokens/rules";
import { labelsOf } from "~/server/i18n/labels";
import type { WebhookType } from "~/server/webhooks/schema";

/** The webhook parts' plain messages ("Webhooks"). */
const WEBHOOKS_WORDS = [
  "url",
  "description",
  "types",
  "active",
  "saved",
  "added",
  "urlHint",
  "descriptionOptional",
  "descriptionHint",
  "typesHint",
  "switchedOn",
  "saving",
  "saveChanges",
  "addEndpoint",
  "signingSecret",
  "hide",
  "show",
  "copy",
  "copied",
  "on",
  "off",
  "nothing",
  "testSent",
  "sendingTest",
  "sendTest",
  "rotateSecret",
  "rotateTitle",
  "rotateBody",
  "yesNewSecret",
  "rotating",
  "newSecretMade",
  "delete",
  "deleteTitle",
  "deleteBody",
  "yesDelete",
  "deleting",
  "deleted",
  "changeIt",
  "deliveryLog",
  "loading",
  "logError",
  "nothingSent",
  "nothingSentBody",
  "caption",
  "time",
  "kind",
  "statusHeading",
  "attempts",
  "lastAnswer",
  "actions",
  "sending",
  "sentAgain",
  "redeliver",
  "showOlder",
] as const;

/** The webhook parts' templates, filled in the browser. */
const WEBHOOKS_TEMPLATES = [
  "sends",
  "toUrl",
  "ofUrl",
  "logIntro",
  "nextTry",
  "httpStatus",
  "redeliverWhat",
] as const;

/** The API tokens section's plain messages ("ApiTokens"). */
const TOKENS_WORDS = [
  "name",
  "permissions",
  "expiresInDays",
  "copy",
  "copied",
  "keepIt",
  "made",
  "nameHint",
  "permissionsHint",
  "making",
  "makeToken",
  "noExpiry",
  "notUsed",
  "latestCalls",
  "ok",
  "revoke",
  "revokeBody",
  "yesRevoke",
  "revoking",
  "revoked",
  "heading",
  "noTokens",
  "makeHeading",
] as const;

/** The API tokens section's templates, filled in the browser. */
const TOKENS_TEMPLATES = [
  "tokenMade",
  "bearer",
  "madeOn",
  "madeOnBy",
  "expiredOn",
  "expiresOn",
  "lastUsed",
  "refused",
  "revokeTitle",
] as const;

/**
 * An Integrations page (an event's or an organisation's): its API tokens, then what its webhooks send,
 * its endpoints, a form to add one and the delivery log, with times in `timeZone`. `sends` finishes the
 * sentence "Webhooks send a signed message to your own system when …".
 */
export async function IntegrationsPage({
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
  const [t, webhooksT, tokensT] = await Promise.all([
    getTranslations("IntegrationsPage"),
    getTranslations("Webhooks"),
    getTranslations("ApiTokens"),
  ]);
  const webhooks: WebhooksWords = {
    ...labelsOf((key) => webhooksT(key), WEBHOOKS_WORDS),
    ...labelsOf((key) => webhooksT.raw(key) as string, WEBHOOKS_TEMPLATES),
    status: {
      PENDING: webhooksT("status.PENDING"),
      SUCCEEDED: webhooksT("status.SUCCEEDED"),
      FAILED: webhooksT("status.FAILED"),
    },
  };
  const tokenWords: ApiTokensWords = {
    ...labelsOf((key) => tokensT(key), TOKENS_WORDS),
    ...labelsOf((key) => tokensT.raw(key) as string, TOKENS_TEMPLATES),
    expiry: {
      "30": tokensT("expiry.30"),
      "90": tokensT("expiry.90"),
      "365": tokensT("expiry.365"),
      never: tokensT("expiry.never"),
    },
    state: {
      active: tokensT("state.active"),
      revoked: tokensT("state.revoked"),
      expired: tokensT("state.expired"),
    },
  };
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={back.href} className={linkClass}>
            {back.label}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <ApiTokensSection
        owner={owner}
        tokens={tokens.tokens}
        permissions={tokens.permissions}
        timeZone={timeZone}
        intro={t.rich("tokensIntro", {
          owner: owner.kind,
          link: (chunks: ReactNode) => (
            <Link href="/developers" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
        words={tokenWords}
      />
      <section aria-labelledby="webhooks-heading" className="space-y-3">
        <h2 id="webhooks-heading" className={sectionTitleClass}>
          {t("webhooks")}
        </h2>
        <p className="text-slate-700">
          {t.rich("webhooksIntro", {
            sends,
            link: (chunks: ReactNode) => (
              <a href="https://www.standardwebhooks.com" className={linkClass}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className={sectionTitleClass}>
          {t("endpoints")}
        </h2>
        {hooks.endpoints.length === 0 ? <EmptyState title={t("noEndpoints")} /> : null}
        <ul className="space-y-3">
          {hooks.endpoints.map((e) => (
            <EndpointCard key={e.id} owner={owner} types={hooks.types} endpoint={e} words={webhooks} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="add-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="add-heading" className={sectionTitleClass}>
          {t("addEndpoint")}
        </h2>
        <EndpointForm owner={owner} types={hooks.types} endpoint={null} words={webhooks} />
      </section>
      <DeliveryLog owner={owner} timeZone={timeZone} zoneName={timeZone} words={webhooks} />
    </div>
  );
}
