import {
  createEndpoint,
  deleteEndpoint,
  redeliver,
  rotateSecret,
  sendTest,
  updateEndpoint,
} from "../webhooks/commands.ts";
import { listDeliveries, listEndpoints, type WebhookOwner } from "../webhooks/queries.ts";
import {
  deliveriesInput,
  deliveryIdInput,
  endpointFields,
  endpointIdInput,
  EVENT_WEBHOOK_TYPES,
  ORGANISATION_WEBHOOK_TYPES,
  updateEndpointInput,
} from "../webhooks/schema.ts";
import { eventRoleProcedure, organisationOwnerProcedure, router } from "../trpc.ts";

// Webhook endpoints: an event's organisers manage the event's, an organisation's owners the
// organisation's. The same eight procedures for each; the domain is in server/webhooks.
const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

const eventOwner = (ctx: { event: { id: string } }): WebhookOwner => ({
  kind: "event",
  eventId: ctx.event.id,
});
const organisationOwner = (ctx: { organisation: { id: string } }): WebhookOwner => ({
  kind: "organisation",
  organisationId: ctx.organisation.id,
});

export const webhooksRouter = router({
  /** The event's endpoints, with their signing secrets, and the kinds it may subscribe to. */
  listForEvent: organiserProcedure.query(async ({ ctx }) => ({
    endpoints: await listEndpoints(ctx.db, eventOwner(ctx)),
    types: EVENT_WEBHOOK_TYPES,
  })),
  /** Adds an endpoint (https, public address) for some kinds of event; it gets a new signing secret. */
  createForEvent: organiserProcedure
    .input(endpointFields)
    .mutation(({ ctx, input }) =>
      createEndpoint(ctx.db, { owner: eventOwner(ctx), actorId: ctx.user.id, fields: input }),
    ),
  /** Changes an endpoint's address, description, kinds, or switches it on or off. */
  updateForEvent: organiserProcedure.input(updateEndpointInput).mutation(({ ctx, input }) => {
    const { endpointId, ...fields } = input;
    return updateEndpoint(ctx.db, { owner: eventOwner(ctx), actorId: ctx.user.id, endpointId, fields });
  }),
  /** Deletes an endpoint and its delivery log. */
  deleteForEvent: organiserProcedure
    .input(endpointIdInput)
    .mutation(({ ctx, input }) =>
      deleteEndpoint(ctx.db, { owner: eventOwner(ctx), actorId: ctx.user.id, endpointId: input.endpointId }),
    ),
  /** Replaces an endpoint's signing secret. */
  rotateSecretForEvent: organiserProcedure
    .input(endpointIdInput)
    .mutation(({ ctx, input }) =>
      rotateSecret(ctx.db, { owner: eventOwner(ctx), actorId: ctx.user.id, endpointId: input.endpointId }),
    ),
  /** Sends a `ping` message to an endpoint. */
  sendTestForEvent: organiserProcedure
    .input(endpointIdInput)
    .mutation(async ({ ctx, input }) =>
      sendTest(ctx.db, { owner: eventOwner(ctx), endpointId: input.endpointId, now: await ctx.now() }),
    ),
  /** The delivery log, newest first, a page at a time. */
  deliveriesForEvent: organiserProcedure
    .input(deliveriesInput)
    .query(({ ctx, input }) => listDeliveries(ctx.db, eventOwner(ctx), input)),
  /** Sends a delivered or failed message again, with the same webhook-id. */
  redeliverForEvent: organiserProcedure.input(deliveryIdInput).mutation(async ({ ctx, input }) =>
    redeliver(ctx.db, {
      owner: eventOwner(ctx),
      actorId: ctx.user.id,
      deliveryId: input.deliveryId,
      now: await ctx.now(),
    }),
  ),

  /** The organisation's endpoints, with their signing secrets, and the kinds it may subscribe to. */
  listForOrganisation: organisationOwnerProcedure.query(async ({ ctx }) => ({
    endpoints: await listEndpoints(ctx.db, organisationOwner(ctx)),
    types: ORGANISATION_WEBHOOK_TYPES,
  })),
  createForOrganisation: organisationOwnerProcedure
    .input(endpointFields)
    .mutation(({ ctx, input }) =>
      createEndpoint(ctx.db, { owner: organisationOwner(ctx), actorId: ctx.user.id, fields: input }),
    ),
  updateForOrganisation: organisationOwnerProcedure.input(updateEndpointInput).mutation(({ ctx, input }) => {
    const { endpointId, ...fields } = input;
    return updateEndpoint(ctx.db, {
      owner: organisationOwner(ctx),
      actorId: ctx.user.id,
      endpointId,
      fields,
    });
  }),
  deleteForOrganisation: organisationOwnerProcedure.input(endpointIdInput).mutation(({ ctx, input }) =>
    deleteEndpoint(ctx.db, {
      owner: organisationOwner(ctx),
      actorId: ctx.user.id,
      endpointId: input.endpointId,
    }),
  ),
  rotateSecretForOrganisation: organisationOwnerProcedure.input(endpointIdInput).mutation(({ ctx, input }) =>
    rotateSecret(ctx.db, {
      owner: organisationOwner(ctx),
      actorId: ctx.user.id,
      endpointId: input.endpointId,
    }),
  ),
  sendTestForOrganisation: organisationOwnerProcedure
    .input(endpointIdInput)
    .mutation(async ({ ctx, input }) =>
      sendTest(ctx.db, { owner: organisationOwner(ctx), endpointId: input.endpointId, now: await ctx.now() }),
    ),
  deliveriesForOrganisation: organisationOwnerProcedure
    .input(deliveriesInput)
    .query(({ ctx, input }) => listDeliveries(ctx.db, organisationOwner(ctx), input)),
  redeliverForOrganisation: organisationOwnerProcedure
    .input(deliveryIdInput)
    .mutation(async ({ ctx, input }) =>
      redeliver(ctx.db, {
        owner: organisationOwner(ctx),
        actorId: ctx.user.id,
        deliveryId: input.deliveryId,
        now: await ctx.now(),
      }),
    ),
});
