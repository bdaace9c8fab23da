// A real SMTP server for the mail tests (smtp-server), on a free local port.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Every message accepted so far, in order. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * Starts an SMTP server without authentication or TLS that keeps what it accepts in `received`.
 * `decide`, when given, is asked before each message is accepted: it may wait (a slow server) and
 * answers "accept" or "refuse" (a temporary 451 error, which senders retry).
 */
export async function startTestSmtp(
  decide?: () => Promise<"accept" | "refuse"> | "accept" | "refuse",
): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        void (async () => {
          if ((await decide?.()) === "refuse") {
            callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
            return;
          }
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        })();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
