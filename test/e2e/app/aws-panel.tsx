/**
 * The e2e page's AWS part (only with ?identity=signedIn|withGuests): credentials from the identity
 * pool through useAwsCredentials, shown as a person would see them, and a button that calls the
 * local stand-in AWS service with a request aws4fetch signs with them.
 */
import { useState } from "react";
import { AwsClient } from "aws4fetch";
import type { CognitoAuth } from "../../../src/index";
import { createIdentityPoolCredentials, type IdentityPoolCredentials } from "../../../src/identity-pool/index";
import { useAwsCredentials } from "../../../src/identity-pool/react";

export function identityFor(auth: CognitoAuth, endpoint: string, pools: Record<string, string> | undefined): IdentityPoolCredentials | null {
  const which = new URLSearchParams(location.search).get("identity");
  const identityPoolId = which ? pools?.[which] : undefined;
  return identityPoolId ? createIdentityPoolCredentials({ auth, identityPoolId, endpoint, guests: which === "withGuests" }) : null;
}

export function AwsPanel({ aws, endpoint }: { aws: IdentityPoolCredentials; endpoint: string }) {
  const state = useAwsCredentials(aws);
  const [answer, setAnswer] = useState("");
  async function call() {
    try {
      const credentials = await aws.provider();
      const client = new AwsClient({ ...credentials, service: "execute-api", region: aws.region });
      const response = await client.fetch(`${endpoint}/aws-service/notes?from=e2e`, { method: "POST", body: "hello", headers: { "content-type": "text/plain" } });
      const body = (await response.json()) as { authenticated?: boolean; __type?: string };
      setAnswer(response.ok ? `accepted ${body.authenticated ? "user" : "guest"}` : `refused ${response.status} ${body.__type}`);
    } catch (e) {
      setAnswer(`failed ${(e as { code?: string }).code ?? String(e)}`);
    }
  }
  return (
    <section aria-label="AWS">
      <p role="status" aria-label="AWS credentials">
        {state.status === "ready" ? `ready ${state.authenticated ? "user" : "guest"} ${state.identityId}` : state.status}
      </p>
      <button type="button" onClick={() => void call()}>Call AWS</button>
      <p aria-label="AWS answer">{answer}</p>
    </section>
  );
}
