import { createHash } from "node:crypto";
import type { Db } from "../db/create.ts";
import { countInWindow } from "../rate-limit/window.ts";

export interface SignInLimits {
  perEmail: number;
  perIp: number;
  windowMinutes: number;
}

export function signInLimits(env: NodeJS.ProcessEnv = process.env): SignInLimits {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    perEmail: positive(env.SIGNIN_LIMIT_PER_EMAIL, 5),
    perIp: positive(env.SIGNIN_LIMIT_PER_IP, 30),
    windowMinutes: positive(env.SIGNIN_LIMIT_WINDOW_MINUTES, 15),
  };
}

// Keys are hashed so the table holds no addresses.
const keyFor = (kind: "email" | "ip", value: string) =>
  `signin:${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("hex")}`;

const hit = async (db: Db, key: string, windowSeconds: number) =>
  (await countInWindow(db, key, windowSeconds)).count;

/** true when this request is within both limits (each request counts, allowed or not). */
export async function consumeSignInAllowance(
  db: Db,
  params: { email: string; ip: string | null; limits: SignInLimits },
): Promise<boolean> {
  const windowSeconds = params.limits.windowMinutes * 60;
  const emailCount = await hit(db, keyFor("email", params.email), windowSeconds);
  const ipCount = params.ip ? await hit(db, keyFor("ip", params.ip), windowSeconds) : 0;
  return emailCount <= params.limits.perEmail && ipCount <= params.limits.perIp;
}
