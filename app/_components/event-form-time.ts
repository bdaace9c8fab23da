// What the event form needs that reads or writes times, which brings Temporal (about 21 kB gzip) with
// it: the form loads this after the page shows, so it is not part of the page's first load.
export { createEventInput, updateEventInput } from "~/server/events/schema";
export { wallClockAfterZoneChange } from "~/server/events/zone-change";
export { formatInZone, instantToLocal, localToInstant } from "~/server/time/zoned";
