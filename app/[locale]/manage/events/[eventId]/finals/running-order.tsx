"use client";

import { combine } from "@atlaskit/pragmatic-drag-and-drop/combine";
import {
  draggable,
  dropTargetForElements,
  monitorForElements,
} from "@atlaskit/pragmatic-drag-and-drop/element/adapter";
import { reorder } from "@atlaskit/pragmatic-drag-and-drop/reorder";
import {
  attachClosestEdge,
  extractClosestEdge,
  type Edge,
} from "@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge";
import { getReorderDestinationIndex } from "@atlaskit/pragmatic-drag-and-drop-hitbox/util/get-reorder-destination-index";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass, rowButtonClass, rowDangerButtonClass } from "~/app/_components/button-styles";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";

export interface OrderProject {
  id: string;
  title: string;
  teamName: string;
  centreName: string | null;
}

const DRAG_KIND = "finals-slot";
/** The drag handle's grip, a symbol hidden from screen readers (no word to translate). */
const GRIP = "⠿";

/**
 * What the running order says (the "FinalsRunningOrder" messages), read by the page; `moved`,
 * `addFinalist` and `addFinalists` are raw templates (fillTemplate).
 */
export interface RunningOrderWords {
  moved: string;
  project: string;
  heading: string;
  help: string;
  empty: string;
  listLabel: string;
  gone: string;
  saved: string;
  saving: string;
  save: string;
  notSaved: string;
  addProjects: string;
  addFinalist: string;
  addFinalists: string;
  allIn: string;
  waitingLabel: string;
  add: string;
  drag: string;
  onStage: string;
  moveUp: string;
  moveDown: string;
  remove: string;
}

type RowWords = Pick<RunningOrderWords, "drag" | "onStage" | "moveUp" | "moveDown" | "remove">;

/**
 * The running order: drag a row by its handle, or use Move up / Move down (keyboard and screen readers),
 * add projects from the event's submitted ones (or a finals round's entries in one go), remove them, then
 * save. `onStage` (a project id) cannot be removed while it is presenting.
 */
export function RunningOrder({
  eventId,
  initial,
  candidates,
  finalsRounds,
  onStage,
  words,
}: {
  eventId: string;
  initial: string[];
  candidates: OrderProject[];
  finalsRounds: { id: string; name: string; submissionIds: string[] }[];
  onStage: string | null;
  words: RunningOrderWords;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.finals.setOrder.mutationOptions());
  const action = usePageAction();
  const [order, setOrder] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const changed = order.join() !== initial.join();
  const waiting = candidates.filter((c) => !order.includes(c.id));

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    setOrder(reorder({ list: order, startIndex: from, finishIndex: to }));
    setAnnouncement(
      fillTemplate(words.moved, {
        title: byId.get(order[from] ?? "")?.title ?? words.project,
        position: to + 1,
        count: order.length,
      }),
    );
    action.setDone(null);
  };

  // Set up again whenever the order changes, so a drop always moves within the current one.
  useEffect(() =>
    monitorForElements({
      canMonitor: ({ source }) => source.data.kind === DRAG_KIND,
      onDrop: ({ source, location }) => {
        const target = location.current.dropTargets[0];
        if (!target) return;
        const startIndex = order.indexOf(String(source.data.id));
        const indexOfTarget = order.indexOf(String(target.data.id));
        if (startIndex < 0 || indexOfTarget < 0) return;
        move(
          startIndex,
          getReorderDestinationIndex({
            startIndex,
            indexOfTarget,
            closestEdgeOfTarget: extractClosestEdge(target.data),
            axis: "vertical",
          }),
        );
      },
    }),
  );

  const add = (ids: string[]) => {
    setOrder((current) => [...current, ...ids.filter((id) => !current.includes(id) && byId.has(id))]);
    action.setDone(null);
  };

  return (
    <section aria-labelledby="order-heading" className="space-y-4">
      <h2 id="order-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p className={mutedClass}>{words.help}</p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {order.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-700">{words.empty}</p>
      ) : (
        <ol
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          aria-label={words.listLabel}
        >
          {order.map((id, index) => (
            <OrderRow
              key={id}
              project={byId.get(id) ?? { id, title: words.gone, teamName: "", centreName: null }}
              words={words}
              index={index}
              count={order.length}
              onStage={id === onStage}
              onMove={move}
              onRemove={() => {
                setOrder((current) => current.filter((other) => other !== id));
                action.setDone(null);
              }}
            />
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          disabled={action.pending || !changed}
          onClick={() =>
            void action.run(() => save.mutateAsync({ eventId, submissionIds: order }), words.saved)
          }
        >
          {action.pending ? words.saving : words.save}
        </button>
        {changed ? <span className="text-sm font-medium text-amber-800">{words.notSaved}</span> : null}
      </div>
      <ActionOutcome done={action.done} problem={action.problem} />

      <div className="space-y-3">
        <h3 className="font-semibold">{words.addProjects}</h3>
        {finalsRounds.map((round) => {
          const missing = round.submissionIds.filter((id) => !order.includes(id));
          return missing.length > 0 ? (
            <button key={round.id} type="button" className={rowButtonClass} onClick={() => add(missing)}>
              {fillTemplate(missing.length === 1 ? words.addFinalist : words.addFinalists, {
                count: missing.length,
                round: round.name,
              })}
            </button>
          ) : null;
        })}
        {waiting.length === 0 ? (
          <p className={mutedClass}>{words.allIn}</p>
        ) : (
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            aria-label={words.waitingLabel}
          >
            {waiting.map((project) => (
              <li key={project.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <ProjectLabel project={project} />
                <button type="button" className={rowButtonClass} onClick={() => add([project.id])}>
                  {words.add}
                  <span className="sr-only"> {project.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function ProjectLabel({ project }: { project: OrderProject }) {
  return (
    <span className="min-w-0">
      <span className="font-medium break-words">{project.title}</span>{" "}
      <span className={mutedClass}>
        {project.teamName}
        {project.centreName ? ` · ${project.centreName}` : ""}
      </span>
    </span>
  );
}

function OrderRow({
  project,
  index,
  count,
  onStage,
  onMove,
  onRemove,
  words,
}: {
  project: OrderProject;
  index: number;
  count: number;
  onStage: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  words: RowWords;
}) {
  const rowRef = useRef<HTMLLIElement>(null);
  const handleRef = useRef<HTMLSpanElement>(null);
  const [edge, setEdge] = useState<Edge | null>(null);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const element = rowRef.current;
    const dragHandle = handleRef.current;
    if (!element || !dragHandle) return;
    return combine(
      draggable({
        element,
        dragHandle,
        getInitialData: () => ({ kind: DRAG_KIND, id: project.id }),
        onDragStart: () => setDragging(true),
        onDrop: () => setDragging(false),
      }),
      dropTargetForElements({
        element,
        canDrop: ({ source }) => source.data.kind === DRAG_KIND && source.data.id !== project.id,
        getData: ({ input }) =>
          attachClosestEdge({ id: project.id }, { element, input, allowedEdges: ["top", "bottom"] }),
        onDrag: ({ self }) => setEdge(extractClosestEdge(self.data)),
        onDragLeave: () => setEdge(null),
        onDrop: () => setEdge(null),
      }),
    );
  }, [project.id]);
  return (
    <li
      ref={rowRef}
      data-testid="finals-slot"
      className={`relative flex flex-wrap items-center gap-3 p-3 ${dragging ? "opacity-50" : ""}`}
    >
      {edge ? (
        <span
          aria-hidden="true"
          className={`absolute right-0 left-0 h-0.5 bg-brand-600 ${edge === "top" ? "-top-px" : "-bottom-px"}`}
        />
      ) : null}
      <span
        ref={handleRef}
        aria-hidden="true"
        title={words.drag}
        className="cursor-grab rounded px-1 text-xl leading-none text-slate-500 select-none hover:bg-slate-100"
      >
        {GRIP}
      </span>
      <span className="w-8 text-right font-semibold tabular-nums">{index + 1}.</span>
      <span className="min-w-0 flex-1">
        <ProjectLabel project={project} />
        {onStage ? <span className="ml-2 text-sm font-semibold text-green-800">{words.onStage}</span> : null}
      </span>
      <span className="flex flex-wrap gap-2">
        <button
          type="button"
          className={rowButtonClass}
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
        >
          {words.moveUp}
          <span className="sr-only"> {project.title}</span>
        </button>
        <button
          type="button"
          className={rowButtonClass}
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
        >
          {words.moveDown}
          <span className="sr-only"> {project.title}</span>
        </button>
        <button type="button" className={rowDangerButtonClass} disabled={onStage} onClick={onRemove}>
          {words.remove}
          <span className="sr-only"> {project.title}</span>
        </button>
      </span>
    </li>
  );
}
