// Webhooks: the inputs of the webhooks procedures and the shape of every message sent. Pure zod (the
// integration pages import it too). Messages follow the "Standard Webhooks" specification
// (https://www.standardwebhooks.com): a JSON body `{ type, timestamp, data }`, signed (signing.ts).
//
// No message ever carries a person's name, email address, date of birth or anything else about a
// person, young or not: only ids, the names of events, challenges, organisations, teams and projects,
// statuses, times and public addresses. webhooks.int.test.ts checks the keys of every kind.
import { z } from "zod";
import { recordId } from "../record-id.ts";

/** The kinds an endpoint can subscribe to, as they appear in a message's `type`. */
export const WEBHOOK_TYPES = [
  "challenge.status_changed",
  "project.submitted",
  "results.published",
  "registration.confirmed",
] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];
/** Every message's `type`: the subscribable kinds and `ping` ("Send test"). */
export type MessageType = WebhookType | "ping";

/** The database's names for the kinds (enum WebhookKind). */
export type WebhookKindName =
  "CHALLENGE_STATUS_CHANGED" | "PROJECT_SUBMITTED" | "RESULTS_PUBLISHED" | "REGISTRATION_CONFIRMED" | "PING";

export const KIND_OF_TYPE: Readonly<Record<MessageType, WebhookKindName>> = {
  "challenge.status_changed": "CHALLENGE_STATUS_CHANGED",
  "project.submitted": "PROJECT_SUBMITTED",
  "results.published": "RESULTS_PUBLISHED",
  "registration.confirmed": "REGISTRATION_CONFIRMED",
  ping: "PING",
};

export const TYPE_OF_KIND: Readonly<Record<WebhookKindName, MessageType>> = {
  CHALLENGE_STATUS_CHANGED: "challenge.status_changed",
  PROJECT_SUBMITTED: "project.submitted",
  RESULTS_PUBLISHED: "results.published",
  REGISTRATION_CONFIRMED: "registration.confirmed",
  PING: "ping",
};

/** What each kind is called on the Integrations pages. */
export const WEBHOOK_TYPE_LABELS: Readonly<Record<MessageType, string>> = {
  "challenge.status_changed": "A challenge's status changed",
  "project.submitted": "A project was submitted",
  "results.published": "Results were published",
  "registration.confirmed": "A registration was confirmed",
  ping: "Test (ping)",
};

/** The kinds an event's organisers may subscribe to: all of them. */
export const EVENT_WEBHOOK_TYPES: readonly WebhookType[] = WEBHOOK_TYPES;
/** An organisation hears about its own challenges, projects answering them and results: no registrations. */
export const ORGANISATION_WEBHOOK_TYPES: readonly WebhookType[] = [
  "challenge.status_changed",
  "project.submitted",
  "results.published",
];

/** At most this many endpoints per organisation or event. */
export const MAX_ENDPOINTS = 10;

/**
 * An endpoint's address: http(s), at most 500 characters, no user name or password in it. Whether it
 * must be https and may name a private address is decided on the server (address.ts), where the
 * WEBHOOKS_ALLOW_LOCAL setting is known.
 */
export const endpointUrl = z
  .string("Enter the address to send to")
  .trim()
  .min(1, "Enter the address to send to")
  .max(500, "Use at most 500 characters")
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  }, "Enter a web address starting with https://")
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.username === "" && url.password === "";
  }, "Leave the user name and password out of the address");

/** What the endpoint form sends (create and update). */
export const endpointFields = z.object({
  url: endpointUrl,
  description: z.string().trim().max(200, "Use at most 200 characters").default(""),
  types: z
    .array(z.enum(WEBHOOK_TYPES, "Choose from the list"), "Choose at least one kind of event")
    .min(1, "Choose at least one kind of event")
    .max(WEBHOOK_TYPES.length)
    .transform((types) => [...new Set(types)]),
  active: z.boolean().default(true),
});
export type EndpointFields = z.output<typeof endpointFields>;

export const endpointIdInput = z.object({ endpointId: recordId("Endpoint") });
export const updateEndpointInput = endpointIdInput.extend(endpointFields.shape);
export const deliveryIdInput = z.object({ deliveryId: recordId("Delivery") });
export const deliveriesInput = z.object({
  /** Only this endpoint's deliveries; every endpoint's when left out. */
  endpointId: recordId("Endpoint").optional(),
  /** The `nextCursor` of the page before; the newest page when left out. */
  cursor: recordId("Cursor").optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

// ---------------------------------------------------------------- messages

const iso = z.iso.datetime();
const eventRef = z.object({ id: z.string(), name: z.string(), slug: z.string(), url: z.url() });

/** challenge.status_changed: a challenge moved along draft → submitted → approved → published. */
export const challengeStatusChangedData = z.strictObject({
  challenge: z.strictObject({
    id: z.string(),
    title: z.string(),
    status: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"]),
    previousStatus: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"]),
    /** Its public page; null until it is published. */
    url: z.url().nullable(),
  }),
  organisation: z.strictObject({ id: z.string(), name: z.string(), slug: z.string() }),
  event: eventRef.strict(),
  changedAt: iso,
});

/** project.submitted: a team submitted (a version of) its project. */
export const projectSubmittedData = z.strictObject({
  project: z.strictObject({
    id: z.string(),
    title: z.string(),
    /** The version submitted; a team may submit again before the deadline. */
    version: z.number().int(),
    /** Its public page, which answers once the event's gallery is open. */
    url: z.url(),
  }),
  team: z.strictObject({ id: z.string(), name: z.string() }),
  challenges: z.array(z.strictObject({ id: z.string(), title: z.string(), organisationId: z.string() })),
  event: eventRef.strict(),
  submittedAt: iso,
});

/**
 * results.published: a judging round's results were published, with its awards and their winning
 * projects as the public results show them (projects still submitted; teams by name; never a person).
 */
export const resultsPublishedData = z.strictObject({
  round: z.strictObject({
    id: z.string(),
    name: z.string(),
    scope: z.enum(["EVENT", "HEAT", "CHALLENGE", "FINALS"]),
  }),
  event: eventRef.strict(),
  awards: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.enum(["OVERALL", "CHALLENGE", "DIVISION", "SPECIAL"]),
      /** 1 for first place, and so on; null for awards without places. */
      place: z.number().int().nullable(),
      challenge: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
      winners: z.array(
        z.strictObject({
          project: z.strictObject({ id: z.string(), title: z.string(), url: z.url() }),
          team: z.strictObject({ name: z.string() }),
          /** Shared by the organisers' decision (a tie they chose not to break). */
          shared: z.boolean(),
        }),
      ),
    }),
  ),
  publishedAt: iso,
});

/** registration.confirmed: a place was confirmed (at once for an adult, on a guardian's consent for a young person). Ids only. */
export const registrationConfirmedData = z.strictObject({
  registrationId: z.string(),
  eventId: z.string(),
  centreId: z.string().nullable(),
  confirmedAt: iso,
});

/** ping: "Send test" on the Integrations page. */
export const pingData = z.strictObject({
  endpointId: z.string(),
  message: z.string(),
  sentAt: iso,
});

export const MESSAGE_DATA = {
  "challenge.status_changed": challengeStatusChangedData,
  "project.submitted": projectSubmittedData,
  "results.published": resultsPublishedData,
  "registration.confirmed": registrationConfirmedData,
  ping: pingData,
} as const;

export type MessageData<T extends MessageType> = z.input<(typeof MESSAGE_DATA)[T]>;

/** The JSON body of every delivery (Standard Webhooks' envelope). */
export const webhookMessage = z.strictObject({
  type: z.enum([...WEBHOOK_TYPES, "ping"]),
  /** When the thing happened (not when this attempt was made: that is the webhook-timestamp header). */
  timestamp: iso,
  data: z.record(z.string(), z.unknown()),
});
export type WebhookMessage = z.output<typeof webhookMessage>;
