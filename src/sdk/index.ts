/**
 * cognito-react-kit/sdk — use an app's own CognitoIdentityProviderClient (its middleware, retries,
 * credentials) as the kit's transport. Only the commands the kit calls are imported.
 */
import {
  AssociateSoftwareTokenCommand, ChangePasswordCommand, ConfirmForgotPasswordCommand, ConfirmSignUpCommand,
  ForgotPasswordCommand, GetUserAttributeVerificationCodeCommand, GetUserCommand, GlobalSignOutCommand,
  InitiateAuthCommand, ResendConfirmationCodeCommand, RespondToAuthChallengeCommand, RevokeTokenCommand,
  SetUserMFAPreferenceCommand, SignUpCommand, UpdateUserAttributesCommand, VerifySoftwareTokenCommand,
  VerifyUserAttributeCommand, type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoError, type OperationName, type Transport } from "../core/transport/types.js";

/** Any command class; the client's send() is called with it through one cast at the edge. */
type AnyCommand = abstract new (input: never) => object;
type Send = (command: object) => Promise<{ $metadata?: unknown }>;

const COMMANDS: Record<OperationName, AnyCommand> = {
  AssociateSoftwareToken: AssociateSoftwareTokenCommand,
  ChangePassword: ChangePasswordCommand,
  ConfirmForgotPassword: ConfirmForgotPasswordCommand,
  ConfirmSignUp: ConfirmSignUpCommand,
  ForgotPassword: ForgotPasswordCommand,
  GetUser: GetUserCommand,
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeCommand,
  GlobalSignOut: GlobalSignOutCommand,
  InitiateAuth: InitiateAuthCommand,
  ResendConfirmationCode: ResendConfirmationCodeCommand,
  RespondToAuthChallenge: RespondToAuthChallengeCommand,
  RevokeToken: RevokeTokenCommand,
  SetUserMFAPreference: SetUserMFAPreferenceCommand,
  SignUp: SignUpCommand,
  UpdateUserAttributes: UpdateUserAttributesCommand,
  VerifySoftwareToken: VerifySoftwareTokenCommand,
  VerifyUserAttribute: VerifyUserAttributeCommand,
};

/**
 * @example
 * import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
 * import { sdkTransport } from "cognito-react-kit/sdk";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, transport: sdkTransport(new CognitoIdentityProviderClient({ region })) });
 */
export function sdkTransport(client: CognitoIdentityProviderClient): Transport {
  return {
    async send(operation, input) {
      const Command = COMMANDS[operation as OperationName] as (new (input: object) => object) | undefined;
      if (!Command) throw new CognitoError("UnsupportedOperation", `${operation} is not an operation the kit calls.`);
      try {
        const { $metadata: _metadata, ...output } = await (client.send.bind(client) as Send)(new Command(input));
        return output;
      } catch (error) {
        const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
        const status = e.$metadata?.httpStatusCode;
        throw new CognitoError(status ? e.name ?? "UnknownError" : "NetworkError", e.message ?? "", status);
      }
    },
  };
}
