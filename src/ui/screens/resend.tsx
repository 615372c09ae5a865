"use client";
import { useEffect, useState } from "react";
import { useUI } from "../context.js";
import { useCountdown } from "../fields/use-countdown.js";

const RESEND_AFTER_MS = 30_000;

/**
 * "Send a new code", disabled with a countdown for 30 s after a code went out (`sentKey`
 * changes with every delivery).
 */
export function ResendButton({ sentKey, onResend, disabled }: { sentKey: unknown; onResend: () => void; disabled?: boolean }) {
  const { t, cx } = useUI();
  // Counting from the first render: an effect would paint one enabled frame first.
  const [until, setUntil] = useState<number | null>(() => (sentKey ? Date.now() + RESEND_AFTER_MS : null));
  useEffect(() => {
    if (sentKey) setUntil(Date.now() + RESEND_AFTER_MS);
  }, [sentKey]);
  const seconds = useCountdown(until);
  return (
    <button type="button" className={cx("link")} onClick={onResend} disabled={disabled || seconds > 0}>
      {seconds > 0 ? t("common.resendIn", { seconds }) : t("common.resend")}
    </button>
  );
}
