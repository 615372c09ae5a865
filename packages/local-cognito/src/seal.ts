/**
 * Opaque, tamper-proof blobs for the front's challenge state (SRP secret blocks, MFA_SETUP
 * sessions): AES-256-GCM under a key that lives only as long as the process, with an expiry.
 * This keeps the front stateless between the two legs of a challenge, as Cognito's own blocks are.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export interface Sealer {
  seal(payload: object, ttlMs: number): string;
  /** The payload, or null when the blob was forged, altered or has expired. */
  open<T>(blob: string): T | null;
}

export function createSealer(now: () => number = () => Date.now()): Sealer {
  const key = randomBytes(32);
  return {
    seal(payload, ttlMs) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.from(JSON.stringify({ payload, exp: now() + ttlMs }), "utf8");
      const encrypted = Buffer.concat([cipher.update(body), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString("base64");
    },
    open<T>(blob: string): T | null {
      try {
        const raw = Buffer.from(blob, "base64");
        if (raw.length < 29) return null;
        const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        const body = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
        const parsed = JSON.parse(body.toString("utf8")) as { payload: T; exp: number };
        return parsed.exp >= now() ? parsed.payload : null;
      } catch {
        return null;
      }
    },
  };
}
