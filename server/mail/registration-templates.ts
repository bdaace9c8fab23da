// Emails about a registration itself. Pure, like ./templates.ts.
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To a participant whose place is confirmed on registering (an adult, or anyone who needs no guardian's
 * consent): where and when, and the check-in code they show at the door. The QR code of the same code is
 * on their registration page, which the link opens (an image in an email is often blocked).
 */
export function registrationConfirmedMail(params: {
  recipientName: string | null;
  eventName: string;
  /** When it starts, already written in the event's zone. */
  startsAt: string;
  centre: { name: string; addressLine: string } | null;
  checkInCode: string;
  url: string;
}): MailContent {
  const where = params.centre
    ? `at ${params.centre.name}${params.centre.addressLine ? `, ${params.centre.addressLine}` : ""}`
    : "";
  return message({
    kind: "registration-confirmed",
    subject: `You're registered for ${params.eventName}`,
    lines: [
      greeting(params.recipientName),
      `Your place at ${params.eventName}${where ? ` ${where}` : ""} is confirmed. It starts ${params.startsAt}.`,
      `Your check-in code is ${params.checkInCode}. Show it at the door, or the QR code on your registration page.`,
      "You can change your answers or withdraw from your registration page.",
    ],
    action: { label: "Open your registration", url: params.url },
  });
}
