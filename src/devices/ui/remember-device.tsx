"use client";
import { useId, useState } from "react";
import { useAuth } from "../../react/hooks.js";
import { confirmSignInFields } from "../../ui/add-on-screens.js";
import { useUI } from "../../ui/context.js";
import type { FieldProps } from "../../ui/fields/field.js";
import { useDevicesText } from "../../ui/i18n/devices-language.js";
import { devicesAddOnOf } from "../add-on-of.js";
import { rememberDevices as rememberDevicesAddOn, type DevicesAddOn, type RememberDevicesOptions } from "../remember-devices.js";

/**
 * "Remember this device" under the MFA code, when the auth remembers devices and the pool lets the
 * user choose (`askUser`). Its choice goes to the add-on, which acts on it once the code is right.
 */
function RememberDevice(_props: FieldProps) {
  const auth = useAuth();
  const { cx, options } = useUI();
  const t = useDevicesText(options.language, options.messages);
  const addOn = devicesAddOnOf(auth);
  const [checked, setChecked] = useState(addOn?.remember ?? false);
  const id = useId();
  if (!addOn?.askUser || !t) return null;
  return (
    <div className={cx("field")} data-field="rememberDevice">
      <div className={cx("checkbox")}>
        <input id={id} type="checkbox" name="rememberDevice" checked={checked} aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setChecked(event.target.checked);
            addOn.remember = event.target.checked;
          }} />
        <label htmlFor={id}>{t("devices.remember")}</label>
      </div>
      <p id={`${id}-hint`} className={cx("hint")}>{t("devices.rememberHint")}</p>
    </div>
  );
}

const FIELD = { name: "rememberDevice", kind: "text", required: false, omit: true, input: RememberDevice } as const;

/**
 * `rememberDevices()` (see "cognito-react-kit/devices") with its UI: importing it from here puts
 * "Remember this device" on the MFA code screen of `<Authenticator>` / `<ConfirmSignIn>`.
 *
 * @example
 * import { rememberDevices } from "cognito-react-kit/devices/ui";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [rememberDevices()] });
 * <Authenticator auth={auth} />
 */
export function rememberDevices(options?: RememberDevicesOptions): DevicesAddOn {
  // The box joins the code form once devices are on (with it, the form submits on its button, not on the sixth digit).
  if (options?.askUser !== false && !confirmSignInFields.includes(FIELD)) confirmSignInFields.push(FIELD);
  return rememberDevicesAddOn(options);
}
