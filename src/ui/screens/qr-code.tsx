"use client";
import { useEffect, useMemo, useState } from "react";

type Generate = typeof import("lean-qr/nano").generate;

/** The encoder once loaded: later QR codes draw at once. */
let loaded: Generate | undefined;
let loading: Promise<Generate> | undefined;

/**
 * Starts loading the QR encoder (its own chunk in the app's bundle, fetched only by screens that
 * show a QR code) and resolves to it. The TOTP screens call it as they appear, while the secret is
 * still being fetched, so the code is usually drawn with the secret.
 *
 * @example
 * useEffect(() => void preloadQrCode().catch(() => undefined), []);
 */
export function preloadQrCode(): Promise<Generate> {
  return (loading ??= import("lean-qr/nano").then(
    (m) => (loaded = m.generate),
    (error: unknown) => {
      loading = undefined; // a failed fetch is tried again by the next QR code
      throw error;
    },
  ));
}

/**
 * A QR code as inline SVG: one path of dark modules, no style attributes (works under a strict
 * Content-Security-Policy, unlike data: images or inline styles). The encoder loads on first use:
 * until then a blank square of the same box stands in (hidden from assistive technology), and the
 * image with its label appears a moment later.
 *
 * @example
 * <QrCode value="otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme" label="QR code for Acme" className="crk-qr" />
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const [generate, setGenerate] = useState(() => loaded);
  useEffect(() => {
    let live = true;
    // Should the encoder not load, the key stays on screen as text beside the blank square.
    if (!generate) void preloadQrCode().then((g) => live && setGenerate(() => g), () => undefined);
    return () => void (live = false);
  }, [generate]);
  const drawn = useMemo(() => {
    if (!generate) return null;
    const code = generate(value);
    let d = "";
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    return { size: code.size + 8, path: d };
  }, [generate, value]);
  if (!drawn) {
    return (
      <svg className={className} aria-hidden="true" viewBox="0 0 1 1" data-loading="">
        <rect width={1} height={1} fill="#fff" />
      </svg>
    );
  }
  const { size, path } = drawn;
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
