/**
 * The remembered-devices entries in `npm run size`: the add-on's weight beyond the core sample (an
 * app that signs in, remembers the device and lists devices), its UI's beyond the authenticator
 * sample ("Remember this device" on the MFA screen and the account's Devices section), and a check
 * that no other sample bundles any devices module — apps that leave devices off pay nothing for it.
 */
import type { Sample } from "./size.js";

/** A module of the devices entries, as a bundle's input path names it. */
export const DEVICES_MODULE = /node_modules\/cognito-react-kit\/dist\/devices\//;

/** The core sample plus remembered devices: the add-on in the auth, and the user's device list. */
export const DEVICES_SAMPLE: Sample = {
  name: "remembered devices",
  files: {
    "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { devicesOf, rememberDevices } from "cognito-react-kit/devices";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789", addOns: [rememberDevices()] });
auth.subscribe(() => console.log(auth.getSnapshot().step));
await auth.signIn({ username: "ana@example.com", password: String(Date.now()) });
console.log(await devicesOf(auth).list());\n`,
  },
  budget: 2_500,
  relativeTo: "core",
};

/** The authenticator sample with remembered devices' UI: the MFA screen's box and the Devices section. */
export const DEVICES_UI_SAMPLE: Sample = {
  name: "remembered devices UI",
  files: {
    "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { Authenticator } from "cognito-react-kit/ui";
import { DeviceSettings, rememberDevices } from "cognito-react-kit/devices/ui";
import { createRoot } from "react-dom/client";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789", addOns: [rememberDevices()] });
createRoot(document.getElementById("root")!).render(<Authenticator auth={auth}>{() => <DeviceSettings />}</Authenticator>);\n`,
  },
  budget: 5_000,
  relativeTo: "authenticator",
  // Its strings in the 22 languages beyond English: one small chunk each, loaded with the language.
  lazy: { each: 1_200, count: 22 },
};
