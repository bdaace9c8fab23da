"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import { restoredMessage, signInAgainMessage, type FormProblem } from "./form-errors";
import { FormStatus } from "./form-status";
import { strongLinkClass } from "./text-styles";
import { signInPathFor } from "~/server/auth/confirm-link";

/**
 * Where "Sign in again" goes: the sign-in page in this page's language, then back to this very page (path
 * and query).
 */
function signInHref(): string {
  if (typeof window === "undefined") return "/signin";
  return signInPathFor(`${window.location.pathname}${window.location.search}`);
}

/** The link offered when a change failed because the session ended (`label`: in the page's language). */
export function SignInAgain({ label = signInAgainMessage }: { label?: string }) {
  return (
    <a href={signInHref()} className={strongLinkClass}>
      {label}
    </a>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

export { restoredMessage };

/** What the summary says of its own, for a page in another language (English when not given). */
export interface ErrorSummaryWords {
  signInAgain: string;
  /** After the link: "— you'll come back to this page." */
  comeBack: string;
  restored: string;
}

/**
 * Everything wrong with a form, at the top of it, each problem once: the headline, then each field's
 * messages as links that move focus to the field (GOV.UK's error summary). It takes focus whenever a
 * new problem is set, so after an invalid submit the reader lands on it rather than staying on the
 * button with the summary off-screen. A session that ended gets a sign-in link back here.
 *
 * `labels` names the fields (in the order to list them); a field's input has the id
 * `${idPrefix}${name}` unless `anchors` says otherwise. Messages of unnamed fields are listed unlinked.
 * `restored` shows that a kept draft was put back (see useFormProblem). `words`: its own words in the
 * page's language (English without).
 */
export function ErrorSummary({
  problem,
  labels = {},
  idPrefix = "",
  anchors = {},
  restored = false,
  words,
}: {
  problem: FormProblem | null;
  labels?: Record<string, string>;
  idPrefix?: string;
  anchors?: Record<string, string>;
  restored?: boolean;
  words?: ErrorSummaryWords;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) box.current?.focus();
  }, [problem]);

  if (!problem) return restored ? <FormStatus message={words?.restored ?? restoredMessage} /> : null;
  const named = Object.keys(labels).filter((name) => problem.fields[name]);
  const others = Object.keys(problem.fields).filter((name) => !(name in labels));
  const items = [
    ...named.flatMap((name) =>
      (problem.fields[name] ?? []).map((message) => ({
        key: `${name}:${message}`,
        message: `${labels[name]}: ${message}`,
        anchor: anchors[name] ?? `${idPrefix}${name}`,
      })),
    ),
    ...others.flatMap((name) =>
      (problem.fields[name] ?? []).map((message) => ({
        key: `${name}:${message}`,
        message,
        anchor: null,
      })),
    ),
  ];
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      className="space-y-2 rounded border border-red-300 bg-red-50 p-4 focus:outline-2 focus:outline-offset-2 focus:outline-red-700"
    >
      <p className="font-semibold text-red-800">{problem.message}</p>
      {items.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-red-800">
          {items.map((item) => (
            <li key={item.key}>
              {item.anchor ? (
                <a
                  href={`#${item.anchor}`}
                  onClick={(event) => focusField(event, item.anchor)}
                  className="underline"
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.signIn ? (
        <p>
          <SignInAgain label={words?.signInAgain} />
          <span className="text-slate-800">
            {words ? ` ${words.comeBack}` : " — you'll come back to this page."}
          </span>
        </p>
      ) : null}
    </div>
  );
}

/**
 * The one-line problem beside a small action (a row's Remove, Accept, Make captain): the message, and
 * a sign-in link when the session ended (`signInLabel`: its words in the page's language; English without).
 */
export function ActionProblem({
  problem,
  className,
  signInLabel,
}: {
  problem: FormProblem | null;
  className?: string;
  signInLabel?: string;
}) {
  if (!problem) return null;
  // A row has no fields to mark: a refusal about one reads as that field's own words.
  const fieldMessages = Object.values(problem.fields).flatMap((m) => m ?? []);
  const message = fieldMessages.length > 0 ? fieldMessages.join(". ") : problem.message;
  return (
    <p role="alert" className={`text-sm font-medium text-red-700 ${className ?? ""}`}>
      {message} {problem.signIn ? <SignInAgain label={signInLabel} /> : null}
    </p>
  );
}
