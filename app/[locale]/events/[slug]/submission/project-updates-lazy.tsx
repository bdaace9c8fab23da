"use client";

import dynamic from "next/dynamic";

/**
 * The "What happened next" section, loaded only where it is shown (after the deadline, for a submitted
 * project): its form and schemas stay out of the project editor's first load (page-weight.spec.ts).
 */
export const ProjectUpdatesLazy = dynamic(() => import("./project-updates").then((m) => m.ProjectUpdates));
