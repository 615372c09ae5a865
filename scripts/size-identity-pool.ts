/**
 * The identity-pool entry in `npm run size`: its weight beyond the core sample (an app that signs
 * in and hands the credentials to an AWS client), and a check that no other sample bundles any of
 * its modules — apps that do not import cognito-react-kit/identity-pool pay nothing for it.
 */
import type { Sample } from "./size.js";

/** A module of the identity-pool entry, as a bundle's input path names it. */
export const IDENTITY_POOL_MODULE = /node_modules\/cognito-react-kit\/dist\/identity-pool\//;

/** The core sample plus credentials from an identity pool (guests on), read through the SDK-style provider. */
export const IDENTITY_POOL_SAMPLE: Sample = {
  name: "identity pool",
  files: {
    "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { createIdentityPoolCredentials } from "cognito-react-kit/identity-pool";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" });
auth.subscribe(() => console.log(auth.getSnapshot().step));
await auth.signIn({ username: "ana@example.com", password: String(Date.now()) });
const aws = createIdentityPoolCredentials({ auth, identityPoolId: "eu-west-1:0a1b2c3d-1111-2222-3333-444455556666", guests: true });
aws.subscribe(() => console.log(aws.getSnapshot().status));
console.log(await aws.provider());\n`,
  },
  budget: 2_000,
  relativeTo: "core",
};
