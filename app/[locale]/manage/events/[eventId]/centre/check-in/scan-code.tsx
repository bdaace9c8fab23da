"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { codeFromScan } from "~/server/checkin/code";

// The Barcode Detection API (Chromium on Android, macOS and ChromeOS; not yet in lib.dom).
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

function barcodeDetector(): BarcodeDetectorClass | null {
  const candidate = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return candidate && typeof navigator.mediaDevices?.getUserMedia === "function" ? candidate : null;
}

/** What the scanner says (the "CheckInScan" messages), read by the page. */
export interface ScanCodeWords {
  notACode: string;
  noCamera: string;
  cameraPicture: string;
  pointCamera: string;
  stop: string;
  scan: string;
}

/** How often the camera's picture is searched for a QR code. */
const SCAN_EVERY_MS = 250;

/**
 * "Scan a QR code" on the check-in screen, where the browser can read QR codes itself (the Barcode
 * Detection API); elsewhere nothing is shown and the phone's own camera app opens the QR's address. The
 * camera's picture is searched a few times a second; the first QR holding this event's check-in address
 * (or a code) searches for it, and the camera is switched off. Anything else is named and ignored.
 */
export function ScanCode({ eventId, words }: { eventId: string; words: ScanCodeWords }) {
  const router = useRouter();
  const [supported, setSupported] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  // Strings, not the words object: a page refresh brings a new object and must not restart the camera.
  const { notACode, noCamera } = words;

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!Detector) return;
    Detector.getSupportedFormats().then(
      (formats) => setSupported(formats.includes("qr_code")),
      () => setSupported(false),
    );
  }, []);

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!scanning || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ["qr_code"] });
    const stop = () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(
      async (media) => {
        stream = media;
        if (stopped || !video.current) return stop();
        video.current.srcObject = media;
        await video.current.play().catch(() => undefined);
        timer = setInterval(() => {
          if (!video.current || video.current.readyState < 2) return;
          detector.detect(video.current).then(
            (found) => {
              if (stopped) return;
              for (const barcode of found) {
                const code = codeFromScan(barcode.rawValue, eventId);
                if (code) {
                  stop();
                  setScanning(false);
                  setMessage(null);
                  router.push(`?q=${encodeURIComponent(code)}`);
                  return;
                }
              }
              if (found.length > 0) setMessage(notACode);
            },
            () => undefined,
          );
        }, SCAN_EVERY_MS);
      },
      () => {
        if (stopped) return;
        setScanning(false);
        setMessage(noCamera);
      },
    );
    return stop;
  }, [scanning, eventId, router, notACode, noCamera]);

  if (!supported) return null;
  return (
    <div className="space-y-2">
      {scanning ? (
        <div className="space-y-2">
          <video
            ref={video}
            muted
            playsInline
            aria-label={words.cameraPicture}
            className="aspect-square w-full max-w-sm rounded border border-slate-300 bg-slate-900 object-cover"
          />
          <p>{words.pointCamera}</p>
          <button type="button" className={secondaryButtonClass} onClick={() => setScanning(false)}>
            {words.stop}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            setMessage(null);
            setScanning(true);
          }}
        >
          {words.scan}
        </button>
      )}
      <p role="status" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
