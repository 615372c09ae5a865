/**
 * The kit's page of the start-up benchmark: the drop-in as an app writes it. The benchmark bundles
 * these imports from the packed package when `scripts/packed-app.ts` is there (see bench-startup.ts).
 */
import { createRoot } from "react-dom/client";
import { createCognitoAuth } from "../../src/index";
import { Authenticator } from "../../src/ui/index";
import "../../src/ui/styles.css";

const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" });

createRoot(document.getElementById("root")!).render(
  <Authenticator auth={auth}>{({ signOut }) => <button type="button" onClick={signOut}>Sign out</button>}</Authenticator>,
);
