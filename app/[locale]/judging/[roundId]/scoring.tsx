"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ActionProblem, SignInAgain } from "~/app/_components/error-summary";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { inputClass } from "~/app/_components/field";
import { problemFrom, useFormProblem, type FormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TemplatePicker, type TemplatePickerWords } from "~/app/_components/template-picker";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import type { AppRouter } from "~/server/routers/_app";
import { fillTemplate } from "~/server/i18n/labels";
import { ASSIGNMENT_STATUS_LABELS } from "~/server/judging/schema";
import {
  enqueue,
  mergeOutboxes,
  outboxStorageKey,
  outboxSummary,
  parseOutbox,
  settle,
  shownScore,
  writeKey,
  type Outbox,
  type OutboxWords,
  type ScoreWrite,
} from "./score-outbox";

type Queue = RouterOutputs["judging"]["queue"];
type Assignment = Queue["queue"][number];
type Status = Assignment["status"];
type Stored = Record<string, { value: number | null; writtenAt: number }>;
/** Where one criterion's score is: waiting for a connection, on its way, not given, or saved. */
type ScoreState = "waiting" | "saving" | "unscored" | "saved";

/**
 * What the scoring screen says (the "JudgingScoring" messages), read by the page. `progress`,
 * `progressAllDone`, `entry`, `flaggedBecause`, `scoreFrom` and `outbox` are raw templates (fillTemplate).
 */
export interface ScoringWords {
  laterKept: string;
  progress: string;
  progressAllDone: string;
  signedOut: string;
  yourEntries: string;
  entry: string;
  yourScores: string;
  state: Record<ScoreState, string>;
  nextEntry: string;
  assignment: Record<Exclude<Status, "PENDING">, string>;
  flaggedBecause: string;
  scoreFrom: string;
  savingNotes: string;
  notesSaved: string;
  notesOffline: string;
  notes: string;
  privateNote: string;
  privateNoteHint: string;
  feedback: string;
  feedbackHint: string;
  notesUnsaved: string;
  otherActions: string;
  skip: string;
  backToScoring: string;
  teamAbsent: string;
  flag: string;
  flagReason: string;
  sending: string;
  sendFlag: string;
  outbox: OutboxWords;
}

/** Scales this long are shown as buttons; longer ones (0–100) as a number field. */
const MAX_BUTTONS = 11;
/** How often kept scores are tried again while some wait. */
const RETRY_MS = 5_000;
/** How long after the last keystroke notes are saved. */
const NOTES_DEBOUNCE_MS = 1_500;

/** When the judge typed a score, by the device's clock (the server orders writes by it). */
function typedAt(): number {
  return Date.now();
}

const isFinished = (status: Status) => status === "SCORED" || status === "ABSENT";

function readStored(key: string): Outbox {
  try {
    return parseOutbox(window.localStorage.getItem(key));
  } catch {
    return [];
  }
}

function writeStored(key: string, outbox: Outbox): void {
  try {
    if (outbox.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(outbox));
  } catch {
    // Storage full or disabled: the scores are still in memory and sent while the page stays open.
  }
}

/**
 * What to do with a write the server did not take: keep it and try again (no answer, a server fault,
 * a session that ended), or drop it (the server refused it: the round closed, a value off the scale).
 */
function outcomeOf(error: unknown): "retry" | "signed-out" | "refused" {
  if (!(error instanceof TRPCClientError)) return "retry";
  const code = (error as TRPCClientError<AppRouter>).data?.code;
  // SERVICE_UNAVAILABLE: the server could not reach its database just now (it says when to try again).
  const transient = ["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "TOO_MANY_REQUESTS"];
  if (!code || transient.includes(code)) return "retry";
  return code === "UNAUTHORIZED" ? "signed-out" : "refused";
}

/** The server's scores, replaced by any later answer this page has had. */
function storedScores(queue: readonly Assignment[], answers: Stored): Stored {
  const out: Stored = {};
  for (const a of queue) {
    for (const s of a.scores) out[writeKey({ assignmentId: a.id, criterionId: s.criterionId })] = s;
  }
  for (const [key, answer] of Object.entries(answers)) {
    const server = out[key];
    if (!server || answer.writtenAt >= server.writtenAt) out[key] = answer;
  }
  return out;
}

/**
 * A judge's queue, one entry at a time: the entry as submitted (rendered on the server, `entryViews`),
 * the rubric as large radio buttons that save on every change through an outbox kept on the device,
 * notes, and skip / absent / flag.
 */
export function Scoring({
  roundId,
  eventId,
  userId,
  scale,
  criteria,
  queue,
  entryViews,
  words,
  templateWords,
}: {
  roundId: string;
  /** The round's event: its feedback templates are offered in the feedback box. */
  eventId: string;
  userId: string;
  scale: { min: number; max: number };
  criteria: Queue["criteria"];
  queue: Queue["queue"];
  entryViews: Record<string, ReactNode>;
  words: ScoringWords;
  /** The words of the feedback box's template picker. */
  templateWords: TemplatePickerWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  // mutateAsync is stable across renders, so the outbox's callbacks (and effects) are too.
  const { mutateAsync: sendScore } = useMutation({
    ...trpc.judging.saveScore.mutationOptions(),
    // Fail at once without a connection (the outbox keeps the score), rather than pausing unseen.
    networkMode: "always",
    retry: false,
  });
  const storageKey = outboxStorageKey(roundId, userId);
  const laterKept = words.laterKept;

  const outboxRef = useRef<Outbox>([]);
  const [outbox, setOutboxState] = useState<Outbox>([]);
  const [answers, setAnswers] = useState<Stored>({});
  const [statuses, setStatuses] = useState<Record<string, Status>>({});
  const [seenQueue, setSeenQueue] = useState(queue);
  const [sending, setSending] = useState(0);
  const [offline, setOffline] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const [refusal, setRefusal] = useState<FormProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(queue[0]?.id ?? null);
  const inFlight = useRef(new Set<string>());
  const flushAgain = useRef<() => void>(() => undefined);

  // A refreshed queue carries the server's statuses: the ones this page worked out are superseded.
  if (queue !== seenQueue) {
    setSeenQueue(queue);
    setStatuses({});
  }

  const setOutbox = useCallback(
    (next: Outbox) => {
      outboxRef.current = next;
      setOutboxState(next);
      writeStored(storageKey, next);
    },
    [storageKey],
  );

  const flush = useCallback(() => {
    for (const write of outboxRef.current) {
      const key = writeKey(write);
      if (inFlight.current.has(key)) continue;
      inFlight.current.add(key);
      setSending((n) => n + 1);
      void send(write).finally(() => {
        inFlight.current.delete(key);
        setSending((n) => n - 1);
        // A newer score typed for this criterion while the older one was on its way goes next.
        if (outboxRef.current.some((w) => writeKey(w) === key && w.writtenAt > write.writtenAt)) {
          flushAgain.current();
        }
      });
    }

    async function send(write: ScoreWrite): Promise<void> {
      try {
        const answer = await sendScore({ roundId, ...write });
        setOffline(false);
        setSignedOut(false);
        setAnswers((a) => ({
          ...a,
          [writeKey(write)]: { value: answer.value, writtenAt: answer.writtenAt?.getTime() ?? 0 },
        }));
        setStatuses((s) => ({ ...s, [write.assignmentId]: answer.status }));
        setOutbox(settle(outboxRef.current, write));
        if (!answer.applied && answer.value !== write.value) {
          setNotice(laterKept);
        }
      } catch (error) {
        const outcome = outcomeOf(error);
        if (outcome === "retry") setOffline(true);
        if (outcome === "signed-out") setSignedOut(true);
        if (outcome === "refused") {
          setOutbox(settle(outboxRef.current, write));
          setRefusal(problemFrom(error));
        }
      }
    }
  }, [roundId, sendScore, setOutbox, laterKept]);

  useEffect(() => {
    flushAgain.current = flush;
  }, [flush]);

  // The kept scores of an earlier visit (or another tab) are only readable after hydration.
  useEffect(() => {
    const kept = readStored(storageKey);
    if (kept.length > 0) setOutbox(mergeOutboxes(outboxRef.current, kept));
    setOffline(!navigator.onLine);
    flush();
  }, [storageKey, setOutbox, flush]);

  useEffect(() => {
    const online = () => {
      setOffline(false);
      flush();
    };
    const lost = () => setOffline(true);
    window.addEventListener("online", online);
    window.addEventListener("offline", lost);
    const timer = window.setInterval(() => {
      if (outboxRef.current.length > 0) flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", lost);
      window.clearInterval(timer);
    };
  }, [flush]);

  function record(assignmentId: string, criterionId: string, value: number | null) {
    setRefusal(null);
    setNotice(null);
    setOutbox(enqueue(outboxRef.current, { assignmentId, criterionId, value, writtenAt: typedAt() }));
    flush();
  }

  const stored = storedScores(queue, answers);
  const queued = new Map(outbox.map((w) => [writeKey(w), w]));
  const statusOf = (a: Assignment): Status => statuses[a.id] ?? a.status;
  const done = queue.filter((a) => isFinished(statusOf(a))).length;
  const current = queue.find((a) => a.id === currentId) ?? queue[0];
  const waiting = outbox.length;
  const allDone = done === queue.length && waiting === 0;

  function nextAfter(id: string): string | null {
    const start = queue.findIndex((a) => a.id === id);
    const rest = [...queue.slice(start + 1), ...queue.slice(0, Math.max(start, 0))];
    return (rest.find((a) => !isFinished(statusOf(a))) ?? null)?.id ?? null;
  }

  if (!current) return null;
  return (
    <div className="space-y-6">
      <div className="sticky top-0 z-10 -mx-4 space-y-1 border-b border-slate-200 bg-white/95 px-4 py-2 sm:mx-0 sm:rounded-lg sm:border">
        <p className="text-lg font-semibold">
          {fillTemplate(allDone ? words.progressAllDone : words.progress, { done, total: queue.length })}
        </p>
        <p role="status" aria-live="polite" className={waiting > 0 ? "text-amber-900" : "text-green-800"}>
          {outboxSummary({ waiting, sending: sending > 0, offline }, words.outbox)}
        </p>
        {signedOut ? (
          <p className="text-sm text-red-800">
            {words.signedOut} <SignInAgain />
          </p>
        ) : null}
      </div>

      <nav aria-label={words.yourEntries}>
        <ol className="flex gap-2 overflow-x-auto pb-1" data-scrolls="">
          {queue.map((a, index) => {
            const status = statusOf(a);
            return (
              <li key={a.id} className="shrink-0">
                <button
                  type="button"
                  onClick={() => setCurrentId(a.id)}
                  aria-current={a.id === current.id ? "step" : undefined}
                  className={`min-h-11 rounded border px-3 py-1 text-left text-sm ${
                    a.id === current.id
                      ? "border-brand-700 bg-brand-50 font-semibold"
                      : "border-slate-300 bg-white hover:bg-slate-100"
                  }`}
                >
                  <span className="block max-w-40 truncate">
                    {index + 1}. {a.entry.title}
                  </span>
                  <span className="block text-xs text-slate-700">{ASSIGNMENT_STATUS_LABELS[status]}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <article aria-label={fillTemplate(words.entry, { title: current.entry.title })} className="space-y-6">
        {entryViews[current.id]}
        <AssignmentState status={statusOf(current)} reason={current.reason} words={words} />
        <section aria-labelledby="rubric-heading" className="space-y-4">
          <h2 id="rubric-heading" className="text-xl font-semibold">
            {words.yourScores}
          </h2>
          <ActionProblem problem={refusal} />
          {notice ? <p className="text-sm text-slate-700">{notice}</p> : null}
          {criteria.map((criterion) => {
            const key = writeKey({ assignmentId: current.id, criterionId: criterion.id });
            const pending = queued.get(key);
            const value = shownScore(stored[key], pending);
            const state: ScoreState = pending
              ? offline || signedOut
                ? "waiting"
                : "saving"
              : value === null
                ? "unscored"
                : "saved";
            return (
              <CriterionInput
                key={key}
                id={`score-${current.id}-${criterion.id}`}
                criterion={criterion}
                scale={scale}
                value={value}
                state={state}
                stateText={words.state[state]}
                scoreFrom={fillTemplate(words.scoreFrom, { min: scale.min, max: scale.max })}
                onChange={(v) => record(current.id, criterion.id, v)}
              />
            );
          })}
        </section>
        <Notes
          key={current.id}
          roundId={roundId}
          eventId={eventId}
          assignment={current}
          words={words}
          templateWords={templateWords}
        />
        <Marks
          roundId={roundId}
          assignment={current}
          status={statusOf(current)}
          words={words}
          onMarked={(status) => {
            setStatuses((s) => ({ ...s, [current.id]: status }));
            if (status !== "PENDING") setCurrentId(nextAfter(current.id) ?? current.id);
            router.refresh();
          }}
        />
        {nextAfter(current.id) ? (
          <button
            type="button"
            onClick={() => setCurrentId(nextAfter(current.id))}
            className={`${secondaryButtonClass} min-h-12 w-full text-lg sm:w-auto sm:px-8`}
          >
            {words.nextEntry}
          </button>
        ) : null}
      </article>
    </div>
  );
}

function AssignmentState({
  status,
  reason,
  words,
}: {
  status: Status;
  reason: string | null;
  words: ScoringWords;
}) {
  if (status === "PENDING") return null;
  const text =
    status === "FLAGGED" && reason
      ? fillTemplate(words.flaggedBecause, { reason })
      : words.assignment[status];
  return <p className="rounded border border-slate-300 bg-slate-50 p-3">{text}</p>;
}

/** One criterion: its guidance and the scale as large radio buttons (arrow keys move between them). */
function CriterionInput({
  id,
  criterion,
  scale,
  value,
  state,
  stateText,
  scoreFrom,
  onChange,
}: {
  id: string;
  criterion: Queue["criteria"][number];
  scale: { min: number; max: number };
  value: number | null;
  state: ScoreState;
  stateText: string;
  /** "Score from 0 to 100", for a scale too long for buttons. */
  scoreFrom: string;
  onChange: (value: number | null) => void;
}) {
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const guidanceId = `${id}-guidance`;
  const stateId = `${id}-state`;
  const stateClass =
    state === "saved" ? "text-green-800" : state === "unscored" ? "text-slate-700" : "text-amber-900";
  return (
    <fieldset
      aria-describedby={`${criterion.guidance ? guidanceId : ""} ${stateId}`.trim()}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <legend className="px-1 text-lg font-semibold">{criterion.name}</legend>
      {criterion.guidance ? (
        <p id={guidanceId} className="text-slate-700">
          {criterion.guidance}
        </p>
      ) : null}
      {values.length <= MAX_BUTTONS ? (
        <div className="grid grid-cols-5 gap-2 sm:flex sm:flex-wrap">
          {values.map((v) => (
            <label key={v} className="relative block">
              <input
                type="radio"
                name={id}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span className="flex min-h-14 min-w-14 items-center justify-center rounded-lg border-2 border-slate-400 bg-white text-xl font-semibold peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-hover:border-brand-700 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700">
                {v}
              </span>
            </label>
          ))}
        </div>
      ) : (
        <label className="block space-y-1">
          <span className="block text-sm">{scoreFrom}</span>
          <input
            type="number"
            inputMode="numeric"
            min={scale.min}
            max={scale.max}
            value={value ?? ""}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (e.target.value === "") onChange(null);
              else if (Number.isInteger(n) && n >= scale.min && n <= scale.max) onChange(n);
            }}
            className={`${inputClass} max-w-32 text-xl`}
          />
        </label>
      )}
      <p id={stateId} className={`text-sm font-medium ${stateClass}`}>
        {stateText}
      </p>
    </fieldset>
  );
}

/** The judge's private note and the feedback for the team, saved as they pause typing and on leaving a box. */
function Notes({
  roundId,
  eventId,
  assignment,
  words,
  templateWords,
}: {
  roundId: string;
  eventId: string;
  assignment: Assignment;
  words: ScoringWords;
  templateWords: TemplatePickerWords;
}) {
  const trpc = useTRPC();
  const { mutateAsync: sendNotes } = useMutation({
    ...trpc.judging.saveNotes.mutationOptions(),
    networkMode: "always",
  });
  const [notes, setNotes] = useState({ privateNote: assignment.privateNote, feedback: assignment.feedback });
  const [saved, setSaved] = useState(notes);
  const [state, setState] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(notes);
  const { savingNotes, notesSaved, notesOffline } = words;

  const save = useCallback(async () => {
    window.clearTimeout(timer.current);
    const toSave = latest.current;
    setState(savingNotes);
    try {
      await sendNotes({ roundId, assignmentId: assignment.id, ...toSave });
      setSaved(toSave);
      setState(latest.current === toSave ? notesSaved : null);
    } catch (error) {
      setState(outcomeOf(error) === "retry" ? notesOffline : problemFrom(error).message);
    }
  }, [roundId, assignment.id, sendNotes, savingNotes, notesSaved, notesOffline]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function change(field: "privateNote" | "feedback", text: string) {
    const next = { ...latest.current, [field]: text };
    latest.current = next;
    setNotes(next);
    setState(null);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), NOTES_DEBOUNCE_MS);
  }

  const unsaved = notes.privateNote !== saved.privateNote || notes.feedback !== saved.feedback;
  const onBlur = () => {
    if (unsaved) void save();
  };
  return (
    <section aria-labelledby="notes-heading" className="space-y-3">
      <h2 id="notes-heading" className="text-xl font-semibold">
        {words.notes}
      </h2>
      <NoteBox
        id={`note-${assignment.id}`}
        label={words.privateNote}
        hint={words.privateNoteHint}
        value={notes.privateNote}
        onChange={(text) => change("privateNote", text)}
        onBlur={onBlur}
      />
      <TemplatePicker
        eventId={eventId}
        use="FEEDBACK"
        teamId={assignment.entry.teamId}
        onUse={(text) => {
          change("feedback", text);
          void save();
        }}
        words={templateWords}
      />
      <NoteBox
        id={`feedback-${assignment.id}`}
        label={words.feedback}
        hint={words.feedbackHint}
        value={notes.feedback}
        onChange={(text) => change("feedback", text)}
        onBlur={onBlur}
      />
      <p role="status" className="text-sm text-slate-700">
        {state ?? (unsaved ? words.notesUnsaved : "")}
      </p>
    </section>
  );
}

function NoteBox({
  id,
  label,
  hint,
  value,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={3}
        maxLength={2000}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        className={inputClass}
      />
    </div>
  );
}

/** Skip, team absent, flag (with a reason), and back to scoring. */
function Marks({
  roundId,
  assignment,
  status,
  onMarked,
  words,
}: {
  roundId: string;
  assignment: Assignment;
  status: Status;
  onMarked: (status: Status) => void;
  words: ScoringWords;
}) {
  const trpc = useTRPC();
  const mark = useMutation(trpc.judging.mark.mutationOptions());
  const action = useFormProblem();
  const [flagging, setFlagging] = useState(false);
  const [reason, setReason] = useState("");

  async function send(to: "SKIPPED" | "ABSENT" | "FLAGGED" | "PENDING") {
    let answer: Status | null = null;
    const ok = await action.attempt(async () => {
      answer = (await mark.mutateAsync({ roundId, assignmentId: assignment.id, mark: to, reason })).status;
    });
    if (ok && answer) {
      setFlagging(false);
      setReason("");
      onMarked(answer);
    }
  }

  const big = `${secondaryButtonClass} min-h-12`;
  const reasonId = `flag-reason-${assignment.id}`;
  return (
    <section aria-labelledby="marks-heading" className="space-y-3">
      <h2 id="marks-heading" className="sr-only">
        {words.otherActions}
      </h2>
      <ActionProblem problem={action.problem} />
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {status === "PENDING" || status === "SCORED" ? (
          <PendingButton
            type="button"
            pending={action.pending}
            onClick={() => void send("SKIPPED")}
            className={big}
          >
            {words.skip}
          </PendingButton>
        ) : (
          <PendingButton
            type="button"
            pending={action.pending}
            onClick={() => void send("PENDING")}
            className={big}
          >
            {words.backToScoring}
          </PendingButton>
        )}
        {status !== "ABSENT" ? (
          <PendingButton
            type="button"
            pending={action.pending}
            onClick={() => void send("ABSENT")}
            className={big}
          >
            {words.teamAbsent}
          </PendingButton>
        ) : null}
        {status !== "FLAGGED" ? (
          <button
            type="button"
            aria-expanded={flagging}
            aria-controls={`flag-${assignment.id}`}
            onClick={() => setFlagging((f) => !f)}
            className={big}
          >
            {words.flag}
          </button>
        ) : null}
      </div>
      {flagging ? (
        <div
          id={`flag-${assignment.id}`}
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <label htmlFor={reasonId} className="block font-medium">
            {words.flagReason}
          </label>
          <textarea
            id={reasonId}
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={action.problem?.fields.reason ? true : undefined}
            className={inputClass}
          />
          <PendingButton
            type="button"
            pending={action.pending}
            pendingLabel={words.sending}
            onClick={() => void send("FLAGGED")}
            className={big}
          >
            {words.sendFlag}
          </PendingButton>
        </div>
      ) : null}
    </section>
  );
}
