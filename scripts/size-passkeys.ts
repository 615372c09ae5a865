/**
 * The passkeys entries in `npm run size`: `cognito-react-kit/passkeys` beyond the core sample (an
 * app that signs in with a passkey and manages passkeys, no screens), its screens
 * (`cognito-react-kit/passkeys/ui`, the README's sample) beyond the authenticator sample, and a
 * check that no other sample bundles any passkey module — apps without passkeys pay nothing.
 */
import type { Sample } from "./size.js";

/** A module of the passkeys entries (client or screens), as a bundle's input path names it. */
export const PASSKEYS_MODULE = /node_modules\/cognito-react-kit\/dist\/(passkeys|ui\/passkeys)\//;

/** The core sample plus passkey sign-in (the add-on and its commands) and passkey management. */
export const PASSKEYS_SAMPLE: Sample = {
  name: "passkeys",
  files: {
    "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { passkeys, passkeySignInOf, passkeysOf } from "cognito-react-kit/passkeys";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789", addOns: [passkeys()] });
auth.subscribe(() => console.log(auth.getSnapshot().step));
await passkeySignInOf(auth).signIn({ username: "ana@example.com" });
console.log(await passkeysOf(auth).list());\n`,
  },
  // 1.75 kB (esbuild) / 1.68 kB (Vite) when written.
  budget: 2_000,
  relativeTo: "core",
};

/** The README's passkeys sample (the drop-in with passkeys, the prompt and the settings) beyond the authenticator sample. */
export const passkeysUiSample = (readme: string): Sample => ({
  name: "passkeys UI",
  files: {
    "app.tsx": readme,
    "main.tsx": `import { createRoot } from "react-dom/client";\nimport { App } from "./app";\ncreateRoot(document.getElementById("root")!).render(<App />);\n`,
  },
  // 5.07 kB (esbuild) / 4.76 kB (Vite) when written: the client, four components, English strings.
  budget: 5_500,
  relativeTo: "authenticator",
  // The passkey screens' strings: one chunk per language beyond English, loaded when they appear.
  lazy: { each: 1_500, count: 22 },
});
