/**
 * The passwordless entry in `npm run size`: choice-based sign-in in the Authenticator (the add-on
 * and its screens, imported from "cognito-react-kit/passwordless/ui"), measured as what it adds
 * to the authenticator sample; its 22 language parts are lazy chunks of their own. No other
 * sample may bundle any of its modules: apps that leave it off pay nothing for it.
 */
import type { Sample } from "./size.js";

/** A module of the passwordless entry or its screens, as a bundle's input path names it. */
export const PASSWORDLESS_MODULE = /node_modules\/cognito-react-kit\/dist\/(passwordless\/|ui\/passwordless\/|ui\/i18n\/[a-z-]+-passwordless)/;

/** The authenticator sample with choice-based sign-in on (codes by email or SMS, or a password). */
export const PASSWORDLESS_SAMPLE: Sample = {
  name: "passwordless",
  files: {
    "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { Authenticator } from "cognito-react-kit/ui";
import { choiceSignIn } from "cognito-react-kit/passwordless/ui";
import { createRoot } from "react-dom/client";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789", addOns: [choiceSignIn({ methods: ["EMAIL_OTP", "SMS_OTP", "PASSWORD"] })] });
createRoot(document.getElementById("root")!).render(<Authenticator auth={auth} />);\n`,
  },
  budget: 5_000,
  relativeTo: "authenticator",
  lazy: { each: 3_200, count: 22 },
};
