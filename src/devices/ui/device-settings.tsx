"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ScreenName } from "../../ui/context.js";
import { useAuth } from "../../react/hooks.js";
import { useUI } from "../../ui/context.js";
import { Screen } from "../../ui/screen.js";
import { useAction } from "../../ui/account/use-action.js";
import { useDevicesText, type DevicesTranslate } from "../../ui/i18n/devices-language.js";
import { devicesOf } from "../devices-of.js";
import type { RememberedDevice } from "../device-types.js";

/** The account sections' screen name for this one (styling hooks: `data-screen="devices"`). */
const SCREEN = "devices" as ScreenName;

function DeviceRow({ device, t, format, onForget, onRemember, busy }: {
  device: RememberedDevice; t: DevicesTranslate; format: (date: Date) => string; busy: boolean;
  onForget: () => Promise<boolean>; onRemember: () => void;
}) {
  const { cx } = useUI();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const forget = useRef<HTMLButtonElement>(null);
  const name = device.name ?? t("devices.unnamed");
  useEffect(() => (asking ? confirm.current?.focus() : undefined), [asking]);
  return (
    <li className={cx("device")} data-current={device.current ? "" : undefined}>
      <p className={cx("verify")}>
        <strong>{name}</strong>
        {device.current && <span className={cx("badge")} data-state="current">{t("devices.thisDevice")}</span>}
        <span className={cx("badge")} data-state={device.remembered ? "verified" : "unverified"}>
          {t(device.remembered ? "devices.remembered" : "devices.notRemembered")}
        </span>
      </p>
      {device.lastUsed && <p className={cx("hint")}>{t("devices.lastUsed", { date: format(device.lastUsed) })}</p>}
      {asking ? (
        <div className={cx("confirm")} role="group" aria-label={t("devices.forgetConfirm")}>
          <p>{t("devices.forgetQuestion", { name })}</p>
          <div className={cx("actions")}>
            <button ref={confirm} type="button" className={cx("button")} data-variant="primary" disabled={busy} aria-busy={busy}
              onClick={async () => {
                if (!(await onForget())) confirm.current?.focus();
              }}>{t("devices.forgetConfirm")}</button>
            <button type="button" className={cx("button")} onClick={() => {
              setAsking(false);
              setTimeout(() => forget.current?.focus(), 0);
            }}>{t("devices.cancel")}</button>
          </div>
        </div>
      ) : (
        <div className={cx("actions")}>
          <button ref={forget} type="button" className={cx("link")} aria-label={`${t("devices.forget")}: ${name}`} onClick={() => setAsking(true)}>
            {t("devices.forget")}
          </button>
          {device.current && !device.remembered && (
            <button type="button" className={cx("link")} disabled={busy} onClick={onRemember}>{t("devices.remember")}</button>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * The account's "Devices" section: the signed-in user's devices (name, last used, this device
 * marked, remembered or not), each with "Forget" behind a confirmation; this device can be
 * remembered from here. Needs `rememberDevices()` in the auth's add-ons (for this device's keys).
 *
 * @example
 * import { DeviceSettings } from "cognito-react-kit/devices/ui";
 * <CognitoAuthProvider auth={auth}><AccountSettings /><DeviceSettings /></CognitoAuthProvider>
 */
export function DeviceSettings() {
  const auth = useAuth();
  const { cx, options, t: kitT } = useUI();
  const t = useDevicesText(options.language, options.messages);
  const devices = useMemo(() => devicesOf(auth), [auth]);
  const [list, setList] = useState<RememberedDevice[] | null>(null);
  const [loadState, runLoad] = useAction(devices.list);
  const [forgetState, runForget] = useAction(devices.forget);
  const [rememberState, runRemember] = useAction(devices.setRemembered);
  const [status, setStatus] = useState("");
  const reload = async () => {
    const loaded = await runLoad();
    if (loaded.ok) setList(loaded.result);
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void reload(), [devices]);
  const format = useMemo(() => {
    const formatter = new Intl.DateTimeFormat(options.language?.["meta.lang"] ?? "en", { dateStyle: "medium", timeStyle: "short" });
    return (date: Date) => formatter.format(date);
  }, [options.language]);
  if (!t) return null;
  const error = loadState.error ?? forgetState.error ?? rememberState.error;
  const busy = forgetState.status === "pending" || rememberState.status === "pending";
  return (
    <Screen name={SCREEN} title={t("devices.title")} description={t("devices.description")} autoFocus={false}>
      {list === null ? (
        loadState.status !== "error" && <p role="status" className={cx("loading")}>{kitT("common.pending")}</p>
      ) : list.length === 0 ? (
        <p className={cx("hint")}>{t("devices.none")}</p>
      ) : (
        <ul className={cx("devices")}>
          {list.map((device) => (
            <DeviceRow key={device.key} device={device} t={t} format={format} busy={busy}
              onForget={async () => {
                const done = await runForget(device.key);
                if (done.ok) {
                  setStatus(t("devices.forgotten", { name: device.name ?? t("devices.unnamed") }));
                  await reload();
                }
                return done.ok;
              }}
              onRemember={async () => {
                if ((await runRemember(true, device.key)).ok) {
                  setStatus(t("devices.rememberedNow"));
                  await reload();
                }
              }} />
          ))}
        </ul>
      )}
      <div role="alert" className={cx(error ? "alert" : "alert-empty")}>{error && kitT(error.messageId)}</div>
      <p role="status" className={cx("status")}>{status}</p>
    </Screen>
  );
}
