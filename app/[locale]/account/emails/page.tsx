import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { EmailPreferencesForm } from "./email-preferences-form";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Your emails" };

export default async function EmailPreferencesPage() {
  await requireUser("/account/emails");
  const { optional, always } = await (await serverCaller()).users.emailPreferences();
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/account" className={linkClass}>
            Your account
          </Link>
        </p>
        <h1 className={pageTitleClass}>Your emails</h1>
        <p className="text-slate-700">
          Choose which emails we send you. Whatever you choose, the same news is on the site: your team page,
          the event page and your challenges.
        </p>
      </header>
      <EmailPreferencesForm categories={optional} />
      <section aria-labelledby="always-heading" className="space-y-3">
        <h2 id="always-heading" className={sectionTitleClass}>
          Always sent
        </h2>
        <p className="text-slate-700">
          These can&apos;t be turned off: without them you couldn&apos;t sign in, or a change to what you may
          do, or to a young person&apos;s consent, could go unnoticed.
        </p>
        <ul className="space-y-2">
          {always.map((c) => (
            <li key={c.category} className="rounded border border-slate-200 bg-white p-3">
              <p className="font-medium">{c.label}</p>
              <p className="text-sm text-slate-600">{c.hint}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
