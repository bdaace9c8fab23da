// Changing an event's time zone, as pure functions over wall-clock text and instants. Apart from
// ./rules.ts because it needs the time-zone code (Temporal), which pages that only ask about phases
// should not load.
import { instantToLocal, localToInstant } from "../time/zoned.ts";
import {
  TIMELINE_FIELDS,
  zoneToReadTimesIn,
  type TimeZoneChange,
  type TimelineDates,
  type TimelineField,
} from "./rules.ts";

export interface ZoneReadProblem {
  field: TimelineField;
  reason: "INVALID" | "NONEXISTENT" | "AMBIGUOUS";
  zone: string;
}

/**
 * The instants of the form's six wall-clock times for a change of zone (see zoneToReadTimesIn), or the
 * fields that cannot be read there: a time the clocks skip (NONEXISTENT) or pass twice (AMBIGUOUS) on a
 * DST change day of the zone it is read in, or malformed text (INVALID).
 */
export function timelineForZoneChange(params: {
  local: Record<TimelineField, string>;
  from: string;
  to: string;
  keep: TimeZoneChange | null;
}): { ok: true; timeline: TimelineDates; readIn: string } | { ok: false; problems: ZoneReadProblem[] } {
  const zone = zoneToReadTimesIn(params);
  const problems: ZoneReadProblem[] = [];
  const timeline: Partial<TimelineDates> = {};
  for (const field of TIMELINE_FIELDS) {
    const read = localToInstant(params.local[field], zone);
    if (read.ok) timeline[field] = read.instant;
    else problems.push({ field, reason: read.reason, zone });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, timeline: timeline as TimelineDates, readIn: zone };
}

/**
 * Where a stored instant lands when the zone changes, as the new zone's wall-clock text for a form
 * (null when it cannot: the old clock time does not exist, or is ambiguous, in the new zone).
 * KEEP_INSTANTS: the same instant read on the new clock. KEEP_CLOCK_TIMES: the same clock reading, in
 * the new zone.
 */
export function wallClockAfterZoneChange(
  instant: Date,
  params: { from: string; to: string; keep: TimeZoneChange },
): { local: string; instant: Date } | null {
  if (params.keep === "KEEP_INSTANTS") return { local: instantToLocal(instant, params.to), instant };
  const local = instantToLocal(instant, params.from);
  const read = localToInstant(local, params.to);
  return read.ok ? { local, instant: read.instant } : null;
}
