"use client";

import { useActionState, useEffect, useRef, type FormEvent } from "react";
import { requestSignInLink, type SignInState } from "./actions";
import { buttonClass } from "~/app/_components/button-styles";

/** The words the form shows, in the page's language ("SignIn" messages). */
export type SignInFormWords = Record<"emailLabel" | "emailHint" | "send" | "sending", string>;

export function SignInForm({
  callbackUrl,
  locale,
  initialError,
  words,
}: {
  callbackUrl: string;
  /** The page's language: the email, its link and the next page are in it too. */
  locale: string;
  initialError: string | null;
  words: SignInFormWords;
}) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(requestSignInLink, {
    email: "",
    error: initialError,
  });
  const errorId = "email-error";
  // One email per press: a second submit before the first answers would send a second link.
  const sending = useRef(false);
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (sending.current) event.preventDefault();
    else sending.current = true;
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {words.emailLabel}
        </label>
        <p id="email-hint" className="text-sm text-slate-600">
          {words.emailHint}
        </p>
        {state.error ? (
          <p id={errorId} className="text-sm font-medium text-red-700" role="alert">
            {state.error}
          </p>
        ) : null}
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `email-hint ${errorId}` : "email-hint"}
          className="w-full max-w-md rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700"
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? words.sending : words.send}
      </button>
    </form>
  );
}
