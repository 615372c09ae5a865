/**
 * cognito-react-kit/testing — the kit's machine on a scripted, in-memory Cognito, for an app's own
 * stories and UI tests: `scriptedTransport` with a small vocabulary (`signedIn`, `challenge`,
 * `fails`, `pending`, latency, a record of requests), `authIn(step)` to start in any step, a
 * Storybook loader and decorator, and `withAuth` for Testing Library renders. Imports nothing of
 * Storybook or of a test runner; never import it from app code that ships.
 */
export { challenge, fails, fakeJwt, pending, signedIn } from "./answers.js";
export type { Answer, ChallengeShorthand, CognitoChallengeName, CognitoException, Failure, SignedInUser } from "./answers.js";
export { scriptedTransport } from "./scripted-transport.js";
export type { CognitoOperation, RecordedRequest, Script, ScriptedTransport } from "./scripted-transport.js";
export { authDecorator, authIn, authLoader, prepareAuth, settle, TEST_USER, withAuth } from "./scripted-auth.js";
export type { AuthInOptions, AuthStoryContext } from "./scripted-auth.js";
