"use client";
import { useMemo } from "react";
import { generate } from "lean-qr/nano";

/**
 * A QR code as inline SVG: one path of dark modules, no style attributes (works under a strict
 * Content-Security-Policy, unlike data: images or inline styles).
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const code = generate(value);
    let d = "";
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    return { size: code.size + 8, path: d };
  }, [value]);
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
