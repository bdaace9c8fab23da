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

/** How often the camera's picture is searched for a QR code. */
const SCAN_EVERY_MS = 250;

/**
 * "Scan a QR code" on the check-in screen, where the browser can read QR codes itself (the Barcode
 * Detection API); elsewhere nothing is shown and the phone's own camera app opens the QR's address. The
 * camera's picture is searched a few times a second; the first QR holding this event's check-in address
 * (or a code) searches for it, and the camera is switched off. Anything else is named and ignored.
 */
export function ScanCode({ eventId }: { eventId: string }) {
  const router = useRouter();
  const [supported, setSupported] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);

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
              if (found.length > 0) setMessage("That QR code isn't a check-in code for this event.");
            },
            () => undefined,
          );
        }, SCAN_EVERY_MS);
      },
      () => {
        if (stopped) return;
        setScanning(false);
        setMessage("The camera isn't available: allow it for this site, or type the code.");
      },
    );
    return stop;
  }, [scanning, eventId, router]);

  if (!supported) return null;
  return (
    <div className="space-y-2">
      {scanning ? (
        <div className="space-y-2">
          <video
            ref={video}
            muted
            playsInline
            aria-label="The camera's picture"
            className="aspect-square w-full max-w-sm rounded border border-slate-300 bg-slate-900 object-cover"
          />
          <p>Point the camera at the QR code on their registration page.</p>
          <button type="button" className={secondaryButtonClass} onClick={() => setScanning(false)}>
            Stop scanning
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
          Scan a QR code
        </button>
      )}
      <p role="status" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
