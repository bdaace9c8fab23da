"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { buttonClass, rowButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary, type ErrorSummaryWords } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import {
  fixFieldsMessage,
  rememberedPerProblem,
  translateProblem,
  useFormProblem,
  type FieldErrors,
  type FormProblem,
} from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { usePersonal } from "~/app/_components/use-personal";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import type { SiteLocale } from "~/server/http/locales.mjs";
import { fillTemplate } from "~/server/i18n/labels";

type ClubPlaces = RouterOutputs["directory"]["clubPlaces"];
type Person = ClubPlaces["people"][number];

/** English plural rules' ordinal categories: "1st", "2nd", "3rd", "4th". */
type Ordinal = "one" | "two" | "few" | "other";

/**
 * What the booking panel says, in the page's language (the "ClubPage" messages, read by the page:
 * club-places-words.ts). Those that name a person or a number are raw templates filled in here
 * (fillTemplate): placesLeft {left} {places}, fullWaiting {waiting}, hasPlace / waiting / giveUp / leave
 * / forName / dateOfBirthOf {name}, waitingSelf / waiting {position} (an `ordinal`, itself {position}).
 */
export interface ClubPlacesWords {
  /** "Book a place": the panel's heading and the form's button while places are free (the card's words). */
  book: string;
  checking: string;
  failed: string;
  placesLeft: string;
  full: string;
  fullWaitingOne: string;
  fullWaiting: string;
  waitingHow: string;
  noMeetings: string;
  signInWhy: string;
  signIn: string;
  hasPlaceSelf: string;
  hasPlace: string;
  waitingSelf: string;
  waiting: string;
  ordinal: Record<Ordinal, string>;
  giveUpSelf: string;
  giveUp: string;
  leaveSelf: string;
  leave: string;
  giveUpTitle: string;
  giveUpBody: string;
  giveUpConfirm: string;
  givingUp: string;
  leaveTitle: string;
  leaveBody: string;
  leaveConfirm: string;
  leaving: string;
  keep: string;
  gaveUp: string;
  leftList: string;
  whoFor: string;
  forYou: string;
  forName: string;
  you: string;
  dateOfBirth: string;
  dateOfBirthSelf: string;
  dateOfBirthOf: string;
  dateOfBirthHint: string;
  chooseWho: string;
  enterDateOfBirth: string;
  joinWaitingList: string;
  booking: string;
  booked: string;
  joinedWaitingList: string;
}

/**
 * A server message that carries values only the server knows (the person's age), as a template in
 * English and in the page's language, with the same plain `{name}` arguments.
 */
export interface MessagePattern {
  english: string;
  said: string;
}

/** How the panel says the server's problems in the page's language. Empty (English) changes nothing. */
export interface ClubProblemWords {
  /** English text → the page's language (messageTable). */
  table: Record<string, string>;
  patterns: readonly MessagePattern[];
  /** The error summary's own words; undefined in English. */
  summary: ErrorSummaryWords | undefined;
}

/** `pattern.english` as an anchored regular expression; each `{name}` captures what stood there. */
function patternRegExp(english: string): { regexp: RegExp; names: string[] } {
  const names: string[] = [];
  const source = english
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 1) {
        names.push(part);
        return "(.+?)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { regexp: new RegExp(`^${source}$`, "s"), names };
}

/** `message` in the page's language when one of `patterns` says it in English; otherwise unchanged. */
function sayPattern(message: string, patterns: readonly MessagePattern[]): string {
  for (const pattern of patterns) {
    const { regexp, names } = patternRegExp(pattern.english);
    const found = regexp.exec(message);
    if (found)
      return fillTemplate(pattern.said, Object.fromEntries(names.map((n, i) => [n, found[i + 1] ?? ""])));
  }
  return message;
}

/**
 * `problem` in the page's language: the table's messages, then the patterns'. The same problem and words
 * give the same object, so the error summary takes focus once per problem, not on every render.
 */
const problemInPage = rememberedPerProblem((problem: FormProblem, words: ClubProblemWords) => {
  const translated = translateProblem(problem, words.table);
  if (words.patterns.length === 0) return translated;
  const say = (message: string) => sayPattern(message, words.patterns);
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(translated.fields)) fields[name] = messages?.map(say);
  return { ...translated, message: say(translated.message), fields };
});

/** Today's date where the browser is, "YYYY-MM-DD": the latest date of birth the form takes. */
function todayHere(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2nd" (English), "rhif 2" (Welsh): the person's place in the queue, in the page's language. */
function ordinalOf(position: number, locale: SiteLocale, words: ClubPlacesWords): string {
  const category = new Intl.PluralRules(locale, { type: "ordinal" }).select(position);
  const template = category in words.ordinal ? words.ordinal[category as Ordinal] : words.ordinal.other;
  return fillTemplate(template, { position });
}

/** "3 of 12 places left", "Full: 2 people waiting". */
function placesText(places: NonNullable<ClubPlaces["places"]>, words: ClubPlacesWords): string {
  if (places.left > 0) return fillTemplate(words.placesLeft, { left: places.left, places: places.places });
  if (places.waiting === 0) return words.full;
  if (places.waiting === 1) return words.fullWaitingOne;
  return fillTemplate(words.fullWaiting, { waiting: places.waiting });
}

/**
 * A club page's booking panel, the part that depends on who is looking: the page is the same for
 * everyone (served from the page cache), so the browser asks for it (directory.clubPlaces) after the
 * page arrives, and again after every booking or cancellation. It says how many places are left; asks
 * someone signed out to sign in; and shows someone signed in the places they and the children whose
 * profiles they keep hold (each with a way to give it up, after a confirmation), then a form to book one
 * for whoever has none. Nothing about anyone else's booking. `guardianNote` (how a parent books for a
 * child, with its link) is rendered by the page.
 */
export function ClubPlaces({
  sessionId,
  locale,
  bookable,
  signInHref,
  guardianNote,
  words,
  problems,
}: {
  sessionId: string;
  /** The page's language: the booking's emails are written in it. */
  locale: SiteLocale;
  /** Whether the club meets again (it has something to book). */
  bookable: boolean;
  /** The sign-in page, coming back to this one. */
  signInHref: string;
  guardianNote: ReactNode;
  words: ClubPlacesWords;
  problems: ClubProblemWords;
}) {
  const { data, failed } = usePersonal<ClubPlaces>("directory.clubPlaces", { sessionId });
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const focusStatus = useRef(false);

  // After a booking, the reader lands on what happened (the form may be gone once the places refresh).
  useEffect(() => {
    if (done && focusStatus.current) {
      focusStatus.current = false;
      status.current?.focus();
    }
  }, [done]);
  // A place given up takes its row (and the button that had focus) away: land on what happened.
  useEffect(() => {
    if (done && document.activeElement === document.body) status.current?.focus();
  }, [data, done]);

  function report(message: string, focus: boolean) {
    focusStatus.current = focus;
    setDone(message);
  }

  const people = data?.people ?? [];
  const holding = people.filter((person) => person.booking !== null);
  const free = people.filter((person) => person.booking === null);
  const full = data?.places ? data.places.left === 0 : false;
  return (
    <div className="space-y-4" aria-busy={data === undefined && !failed}>
      {data?.places ? (
        <p className="text-lg font-semibold" data-testid="club-places-left">
          {placesText(data.places, words)}
        </p>
      ) : failed ? (
        <p role="alert" className="text-red-800">
          {words.failed}
        </p>
      ) : data === undefined ? (
        <p className="text-slate-600">{words.checking}</p>
      ) : null}
      <div ref={status} role="status" tabIndex={-1} className="focus:outline-none">
        {done ? (
          <p className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{done}</p>
        ) : null}
      </div>
      {holding.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200">
          {holding.map((person) => (
            <BookingRow
              key={person.id}
              sessionId={sessionId}
              person={person}
              locale={locale}
              words={words}
              problems={problems}
              onAttempt={() => setDone(null)}
              onDone={(message) => report(message, false)}
            />
          ))}
        </ul>
      ) : null}
      {data?.places && !data.signedIn ? (
        <div className="space-y-3">
          <p>{words.signInWhy}</p>
          <p>
            <a href={signInHref} className={buttonClass}>
              {words.signIn}
            </a>
          </p>
        </div>
      ) : null}
      {data?.signedIn && data.places && free.length > 0 ? (
        bookable ? (
          <BookForm
            // A fresh form when who can be booked for changes (after a booking): nobody stale is chosen.
            key={free.map((person) => person.id).join(" ")}
            sessionId={sessionId}
            locale={locale}
            people={free}
            full={full}
            words={words}
            problems={problems}
            onAttempt={() => setDone(null)}
            onBooked={(booked) => report(booked === "BOOKED" ? words.booked : words.joinedWaitingList, true)}
          />
        ) : (
          <p>{words.noMeetings}</p>
        )
      ) : null}
      {full && (data?.signedIn === false || free.length > 0) ? (
        <p className="text-sm text-slate-700">{words.waitingHow}</p>
      ) : null}
      {data?.signedIn ? <p className="text-sm text-slate-700">{guardianNote}</p> : null}
    </div>
  );
}

/** One place the viewer (or a child of theirs) holds or waits for, with the way to give it up. */
function BookingRow({
  sessionId,
  person,
  locale,
  words,
  problems,
  onAttempt,
  onDone,
}: {
  sessionId: string;
  person: Person;
  locale: SiteLocale;
  words: ClubPlacesWords;
  problems: ClubProblemWords;
  /** Told when a change is sent: what the last one did is no longer news. */
  onAttempt: () => void;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const cancel = useMutation(trpc.directory.cancelPlace.mutationOptions());
  const form = useFormProblem();
  const { setProblem, attempt } = form;
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );
  const booking = person.booking;
  if (!booking) return null;
  const name = { name: person.name };
  const waiting = booking.status === "WAITING";
  const position = ordinalOf(booking.position ?? 1, locale, words);
  const sentence = waiting
    ? person.self
      ? fillTemplate(words.waitingSelf, { position })
      : fillTemplate(words.waiting, { ...name, position })
    : person.self
      ? words.hasPlaceSelf
      : fillTemplate(words.hasPlace, name);
  const action = waiting
    ? person.self
      ? words.leaveSelf
      : fillTemplate(words.leave, name)
    : person.self
      ? words.giveUpSelf
      : fillTemplate(words.giveUp, name);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-3" data-testid="club-booking">
      <p className="font-medium break-words">{sentence}</p>
      <ConfirmDialog
        trigger={action}
        triggerClassName={rowButtonClass}
        title={waiting ? words.leaveTitle : words.giveUpTitle}
        description={<p>{waiting ? words.leaveBody : words.giveUpBody}</p>}
        confirmLabel={waiting ? words.leaveConfirm : words.giveUpConfirm}
        pendingLabel={waiting ? words.leaving : words.givingUp}
        cancelLabel={words.keep}
        onConfirm={async () => {
          onAttempt();
          const ok = await attempt(() => cancel.mutateAsync({ sessionId, personId: person.id }));
          if (ok) onDone(waiting ? words.leftList : words.gaveUp);
          return ok;
        }}
        problem={problem}
        onOpenChange={(open) => {
          if (open) setProblem(null);
        }}
      />
    </li>
  );
}

/** Booking a place (or a place on the waiting list) for one of `people`: those without one yet. */
function BookForm({
  sessionId,
  locale,
  people,
  full,
  words,
  problems,
  onAttempt,
  onBooked,
}: {
  sessionId: string;
  locale: SiteLocale;
  people: Person[];
  /** No place is free: the booking joins the waiting list. */
  full: boolean;
  words: ClubPlacesWords;
  problems: ClubProblemWords;
  onAttempt: () => void;
  onBooked: (status: "BOOKED" | "WAITING") => void;
}) {
  const trpc = useTRPC();
  const book = useMutation(trpc.directory.book.mutationOptions());
  const only = people.length === 1 ? people[0] : undefined;
  const [personId, setPersonId] = useState(only?.id ?? "");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const form = useFormProblem();
  const { setProblem, attempt, pending } = form;
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, problems),
    [form.problem, problems],
  );
  const chosen = people.find((person) => person.id === personId);
  const dateLabel = !chosen
    ? words.dateOfBirth
    : chosen.self
      ? words.dateOfBirthSelf
      : fillTemplate(words.dateOfBirthOf, { name: chosen.name });
  const firstChoice = `club-person-${people[0]?.id ?? ""}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onAttempt();
    const fields: FieldErrors = {};
    if (!chosen) fields.personId = [words.chooseWho];
    if (dateOfBirth === "") fields.dateOfBirth = [words.enterDateOfBirth];
    if (!chosen || Object.keys(fields).length > 0) {
      setProblem({ message: fixFieldsMessage, fields });
      return;
    }
    await attempt(async () => {
      const booked = await book.mutateAsync({ sessionId, personId: chosen.id, dateOfBirth, locale });
      onBooked(booked.status);
    });
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary
        problem={problem}
        labels={{ personId: words.whoFor, dateOfBirth: dateLabel }}
        anchors={{ personId: firstChoice, dateOfBirth: "club-date-of-birth" }}
        words={problems.summary}
      />
      {only ? (
        <p>{only.self ? words.forYou : fillTemplate(words.forName, { name: only.name })}</p>
      ) : (
        <fieldset className="space-y-2" aria-describedby={errors.personId ? "club-person-error" : undefined}>
          <legend className="font-medium">{words.whoFor}</legend>
          {errors.personId ? (
            <p id="club-person-error" className="text-sm font-medium text-red-700">
              {errors.personId.join(". ")}
            </p>
          ) : null}
          {people.map((person) => (
            <label key={person.id} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="club-person"
                id={`club-person-${person.id}`}
                value={person.id}
                checked={personId === person.id}
                onChange={() => {
                  setPersonId(person.id);
                  // Someone else's date of birth is not theirs: start again.
                  setDateOfBirth("");
                }}
                className="size-5"
              />
              {person.self ? words.you : person.name}
            </label>
          ))}
        </fieldset>
      )}
      <Field
        id="club-date-of-birth"
        label={dateLabel}
        hint={words.dateOfBirthHint}
        errors={errors.dateOfBirth}
      >
        {(a) => (
          <input
            {...a}
            type="date"
            min="1900-01-01"
            max={todayHere()}
            autoComplete={chosen?.self ? "bday" : "off"}
            className={`${inputClass} max-w-xs`}
            value={dateOfBirth}
            onChange={(e) => setDateOfBirth(e.target.value)}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.booking}>
        {full ? words.joinWaitingList : words.book}
      </PendingButton>
    </form>
  );
}
