// The QR code on a registration page: an SVG drawn on the server by the `qrcode` library, so no script
// or image service is involved and it prints sharply.
import QRCode from "qrcode";
import { appUrl } from "../http/app-url.ts";

/**
 * The address a check-in QR code opens: the centre's check-in screen searching for `code`, so a centre
 * lead scanning it with their phone's camera lands on the person, signed in as themselves (anyone else
 * is refused by the screen). The address holds nothing personal: an event id and the code.
 */
export function checkInUrl(eventId: string, code: string): string {
  return appUrl(
    `/manage/events/${encodeURIComponent(eventId)}/centre/check-in?q=${encodeURIComponent(code)}`,
  );
}

/**
 * An SVG QR code (error correction M, a 4-module quiet zone) of `text`, as markup; its size comes from
 * the CSS of whatever holds it. Throws if `text` is too long for a QR code (about 2,300 characters).
 */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
}
