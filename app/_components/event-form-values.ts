// A new event's form values: plain data and types, no client code, so server pages can build them
// (a function exported from a "use client" module is only a reference on the server).
import type { CreateEventInput } from "~/server/events/schema";

export type EventFormValues = Omit<
  CreateEventInput,
  "teamMinSize" | "teamMaxSize" | "minimumAge" | "consentAge" | "digitalConsentAge"
> & {
  teamMinSize: string;
  teamMaxSize: string;
  minimumAge: string;
  consentAge: string;
  digitalConsentAge: string;
};

/** A new event's form: empty, in London, teams of 1–5, adults from 18, digital consent from 13. */
export function emptyEventForm(organiserEmail = ""): EventFormValues {
  return {
    name: "",
    slug: "",
    description: "",
    codeOfConduct: "",
    contactEmail: "",
    organiserEmail,
    timeZone: "Europe/London",
    registrationOpensAt: "",
    registrationClosesAt: "",
    startsAt: "",
    submissionDeadline: "",
    judgingClosesAt: "",
    resultsAt: "",
    teamMinSize: "1",
    teamMaxSize: "5",
    minimumAge: "",
    consentAge: "18",
    digitalConsentAge: "13",
  };
}
