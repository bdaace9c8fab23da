import type { Metadata } from "next";
import Link from "next/link";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "How we look after your information" };

const section = "space-y-2";
const heading = "text-xl font-semibold";

/**
 * The privacy notice, written for the youngest people who use the product (many are 11 to 17) and
 * their families: short sentences, what is collected, who sees it, and what they can ask for.
 */
export default function PrivacyPage() {
  return (
    <article className="max-w-3xl space-y-8 text-lg leading-relaxed">
      <header className="space-y-3">
        <h1 className={pageTitleClass}>How we look after your information</h1>
        <p>
          This page explains what we know about you, why, and who can see it. If anything is unclear, ask the
          organisers of your event or a grown-up you trust.
        </p>
      </header>

      <section aria-labelledby="what" className={section}>
        <h2 id="what" className={heading}>
          What we ask for, and why
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Your email address, so you can sign in. We never show it to other participants or sponsors.</li>
          <li>Your name and a nickname. Other participants see your nickname if you are under 18.</li>
          <li>
            Your date of birth, to check you are old enough and whether a parent or guardian needs to say yes.
            Organisers only ever see an age group, like &ldquo;13–15&rdquo;, never your birthday.
          </li>
          <li>Your centre, how much coding you have done and your skills, to help you find a team.</li>
          <li>
            If you are under 18: your parent or guardian&apos;s email address, and what they agreed to (taking
            part, photos, and your name next to your project).
          </li>
          <li>
            If you start the registration form and don&apos;t finish, only that you started (not what you
            typed), so we can remind you once before registration closes. We forget it when you register, or a
            day after registration closes.
          </li>
        </ul>
        <p>We don&apos;t ask for anything the event doesn&apos;t need.</p>
      </section>

      <section aria-labelledby="who" className={section}>
        <h2 id="who" className={heading}>
          Who can see it
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>Everyone</strong> can see projects in the gallery. If you are under 18, your name only
            appears with your project if your parent or guardian said yes, and then only your nickname or
            first name and the first letter of your surname.
          </li>
          <li>
            <strong>Other participants</strong> see your nickname (if you are under 18) and your skills if you
            ask to be listed in the team finder.
          </li>
          <li>
            <strong>Your centre lead and the organisers</strong> see what they need to run the day safely:
            your name, age group, centre and whether your guardian has agreed.
          </li>
          <li>
            <strong>Sponsors</strong> never see personal information about anyone under 18.
          </li>
        </ul>
        <p>
          There are no private messages between adults and young people here, no adverts, no tracking, and we
          never sell anyone&apos;s information.
        </p>
      </section>

      <section aria-labelledby="cookies" className={section}>
        <h2 id="cookies" className={heading}>
          Cookies
        </h2>
        <p>
          We only use the cookies that keep you signed in and protect the sign-in form, one that remembers
          that you are acting for a child whose profile you keep, and, if you choose a language with the
          switch at the foot of each page, one that remembers your choice for a year (NEXT_LOCALE). No
          advertising or tracking cookies.
        </p>
      </section>

      <section aria-labelledby="choices" className={section}>
        <h2 id="choices" className={heading}>
          What you can do
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Change your name and nickname on your{" "}
            <Link href="/account" className={linkClass}>
              account page
            </Link>
            .
          </li>
          <li>Withdraw from an event from your registration page.</li>
          <li>
            Parents and guardians can take back their consent at any time, with the link in the consent email.
          </li>
          <li>
            Ask to see the information we hold about you, to correct it or to delete it: write to the
            organisers of your event (their address is at the bottom of every event page).
          </li>
        </ul>
      </section>
    </article>
  );
}
