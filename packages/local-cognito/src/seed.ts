/**
 * Idempotent seeding: the demo pool (Cognito's default password policy, email alias, optional
 * MFA), a second pool that requires MFA, a public app client for each, and one user per scenario.
 * Everything goes through the stack's API as an app or admin would call it.
 */
import { generate as totpCode } from "cognito-local/lib/services/totp";
import type { CognitoStack } from "./front";
import { cognitoCall } from "./cognito-call";
import { SEED_USERS, type SeedUser } from "./scenarios";
import { CUSTOM_ATTRIBUTES } from "./schema-ops";
import { seedChoicePools, type ChoiceDemoPool } from "./seed-choice";
import { deviceConfiguration, type DeviceTracking } from "./device-ops";

export interface DemoUser {
  username: string;
  email: string;
  password: string;
  scenario: SeedUser["scenario"];
  phone?: string;
  totpSecret?: string;
}

export interface PoolConfig {
  userPoolId: string;
  userPoolClientId: string;
}

/** The shape written to .cognito/demo-config.json. */
export interface DemoConfig extends PoolConfig {
  region: string;
  endpoint: string;
  users: DemoUser[];
  /** A pool with MfaConfiguration ON, for the MFA_SETUP challenge. */
  mfaRequiredPool: PoolConfig & { users: DemoUser[] };
  /** A pool with optional MFA that remembers a device when the user asks (device tracking "user opt-in"). */
  devicesPool: PoolConfig & { users: DemoUser[] };
  /**
   * Identity pools for the demo pool's client (in memory: new ids each start): `signedIn` gives
   * credentials to signed-in users only, `withGuests` to guests too.
   */
  identityPools: { signedIn: string; withGuests: string };
  /**
   * Choice-based sign-in (USER_AUTH): first factors PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN (relying
   * party "localhost"); users with only an email (passwordless), with a phone (passwordless), with a password.
   */
  passwordlessPool: ChoiceDemoPool;
  /** MFA required with email MFA offered: MFA_SETUP lists SOFTWARE_TOKEN_MFA and EMAIL_OTP. */
  emailMfaRequiredPool: ChoiceDemoPool;
}

/** An identity pool (AWSCognitoIdentityService.CreateIdentityPool) whose login is `pool`'s client. */
async function createIdentityPool(endpoint: string, name: string, pool: PoolConfig, guests: boolean): Promise<string> {
  const region = pool.userPoolId.split("_")[0] ?? "local";
  const created = await cognitoCall<{ IdentityPoolId: string }>(endpoint, "CreateIdentityPool", {
    IdentityPoolName: name,
    AllowUnauthenticatedIdentities: guests,
    CognitoIdentityProviders: [{ ProviderName: `cognito-idp.${region}.amazonaws.com/${pool.userPoolId}`, ClientId: pool.userPoolClientId }],
  }, "AWSCognitoIdentityService");
  return created.IdentityPoolId;
}

export const DEFAULT_PASSWORD_POLICY = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

/** Where the live hosted-UI story lives (the demo's Storybook), for the demo client's callbacks. */
export const STORYBOOK_HOSTED_UI_URLS = ["http://localhost:6006", "http://127.0.0.1:6006"].map(
  (origin) => `${origin}/iframe.html?id=live-local-cognito--hosted-ui&viewMode=story`,
);

/** An app client's hosted-UI settings: the code grant only, for these callback/sign-out URLs. */
export function hostedUiSettings(urls: readonly string[]) {
  return {
    AllowedOAuthFlows: ["code"],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthScopes: ["openid", "email", "profile"],
    SupportedIdentityProviders: ["COGNITO"],
    CallbackURLs: [...urls],
    LogoutURLs: [...urls],
  };
}

export const CLIENT_AUTH_FLOWS = ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

async function ensurePool(endpoint: string, name: string, mfa: "OPTIONAL" | "ON", devices?: DeviceTracking): Promise<PoolConfig> {
  const { UserPools = [] } = await cognitoCall<{ UserPools?: { Id: string; Name: string }[] }>(
    endpoint, "ListUserPools", { MaxResults: 60 });
  let userPoolId = UserPools.find((p) => p.Name === name)?.Id;
  if (!userPoolId) {
    const created = await cognitoCall<{ UserPool: { Id: string } }>(endpoint, "CreateUserPool", {
      PoolName: name,
      AliasAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
      MfaConfiguration: mfa,
      ...(devices ? { DeviceConfiguration: deviceConfiguration(devices) } : {}),
      Policies: { PasswordPolicy: DEFAULT_PASSWORD_POLICY },
      Schema: [
        { Name: "email", AttributeDataType: "String", Required: true, Mutable: true },
        { Name: "name", AttributeDataType: "String", Required: false, Mutable: true },
        ...CUSTOM_ATTRIBUTES,
      ],
    });
    userPoolId = created.UserPool.Id;
  } else {
    // A demo database from before the pool declared them gets its custom attributes too.
    const { UserPool } = await cognitoCall<{ UserPool: { SchemaAttributes?: { Name: string }[] } }>(endpoint, "DescribeUserPool", { UserPoolId: userPoolId });
    const missing = CUSTOM_ATTRIBUTES.filter((a) => !UserPool.SchemaAttributes?.some((s) => s.Name === `custom:${a.Name}`));
    if (missing.length) await cognitoCall(endpoint, "AddCustomAttributes", { UserPoolId: userPoolId, CustomAttributes: missing });
  }
  const { UserPoolClients = [] } = await cognitoCall<{ UserPoolClients?: { ClientId: string; ClientName: string }[] }>(
    endpoint, "ListUserPoolClients", { UserPoolId: userPoolId, MaxResults: 60 });
  const settings = {
    ExplicitAuthFlows: CLIENT_AUTH_FLOWS,
    PreventUserExistenceErrors: "ENABLED",
    AccessTokenValidity: 60,
    IdTokenValidity: 60,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
    ...hostedUiSettings(STORYBOOK_HOSTED_UI_URLS),
  };
  let userPoolClientId = UserPoolClients.find((c) => c.ClientName === "demo-web")?.ClientId;
  if (userPoolClientId) {
    // Existing demo databases get today's settings too (e.g. hosted-UI callbacks).
    await cognitoCall(endpoint, "UpdateUserPoolClient", { UserPoolId: userPoolId, ClientId: userPoolClientId, ClientName: "demo-web", ...settings });
  } else {
    const created = await cognitoCall<{ UserPoolClient: { ClientId: string } }>(endpoint, "CreateUserPoolClient", {
      UserPoolId: userPoolId, ClientName: "demo-web", GenerateSecret: false, ...settings,
    });
    userPoolClientId = created.UserPoolClient.ClientId;
  }
  return { userPoolId, userPoolClientId };
}

async function userExists(endpoint: string, poolId: string, username: string) {
  try {
    await cognitoCall(endpoint, "AdminGetUser", { UserPoolId: poolId, Username: username });
    return true;
  } catch {
    return false;
  }
}

async function createConfirmed(endpoint: string, poolId: string, user: SeedUser) {
  await cognitoCall(endpoint, "AdminCreateUser", {
    UserPoolId: poolId,
    Username: user.username,
    MessageAction: "SUPPRESS",
    TemporaryPassword: user.password,
    UserAttributes: [
      { Name: "email", Value: user.email },
      { Name: "email_verified", Value: String(user.scenario !== "unverifiedContact") },
      ...(user.phone ? [{ Name: "phone_number", Value: user.phone }, { Name: "phone_number_verified", Value: String(user.scenario !== "unverifiedContact") }] : []),
    ],
  });
  if (user.scenario !== "invited") {
    await cognitoCall(endpoint, "AdminSetUserPassword", {
      UserPoolId: poolId, Username: user.username, Password: user.password, Permanent: true,
    });
  }
}

async function accessToken(endpoint: string, clientId: string, user: SeedUser): Promise<string> {
  const answer = await cognitoCall<{ AuthenticationResult?: { AccessToken: string } }>(endpoint, "InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId,
    AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
  });
  if (!answer.AuthenticationResult) throw new Error(`Seeding ${user.username}: expected tokens before MFA is enabled`);
  return answer.AuthenticationResult.AccessToken;
}

async function enableMfa(endpoint: string, clientId: string, user: SeedUser, totp: boolean, sms: boolean, email = false) {
  const token = await accessToken(endpoint, clientId, user);
  if (totp) {
    const { SecretCode } = await cognitoCall<{ SecretCode: string }>(endpoint, "AssociateSoftwareToken", { AccessToken: token });
    await cognitoCall(endpoint, "VerifySoftwareToken", { AccessToken: token, UserCode: totpCode(SecretCode), FriendlyDeviceName: "Demo authenticator" });
  }
  await cognitoCall(endpoint, "SetUserMFAPreference", {
    AccessToken: token,
    ...(totp ? { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: !sms } } : {}),
    ...(sms ? { SMSMfaSettings: { Enabled: true, PreferredMfa: !totp } } : {}),
    ...(email ? { EmailMfaSettings: { Enabled: true, PreferredMfa: true } } : {}),
  });
}

async function seedUser(stack: CognitoStack, pool: PoolConfig, user: SeedUser) {
  const endpoint = stack.url;
  if (await userExists(endpoint, pool.userPoolId, user.username)) return;
  if (user.scenario === "unconfirmed") {
    await cognitoCall(endpoint, "SignUp", {
      ClientId: pool.userPoolClientId, Username: user.username, Password: user.password,
      UserAttributes: [{ Name: "email", Value: user.email }],
    });
    return;
  }
  await createConfirmed(endpoint, pool.userPoolId, user);
  if (user.scenario === "totpMfa" || user.scenario === "rememberDevice") await enableMfa(endpoint, pool.userPoolClientId, user, true, false);
  if (user.scenario === "smsMfa") await enableMfa(endpoint, pool.userPoolClientId, user, false, true);
  if (user.scenario === "selectMfa") await enableMfa(endpoint, pool.userPoolClientId, user, true, true);
  if (user.scenario === "emailOtp") await enableMfa(endpoint, pool.userPoolClientId, user, false, false, true);
  if (user.scenario === "resetRequired") {
    await cognitoCall(endpoint, "AdminResetUserPassword", { UserPoolId: pool.userPoolId, Username: user.username });
  }
}

async function describe(stack: CognitoStack, poolId: string, user: SeedUser): Promise<DemoUser> {
  const service = await stack.local.services.cognito.getUserPool(stack.local.ctx, poolId);
  const stored = await service.getUserByUsername(stack.local.ctx, user.username);
  const secret = stored?.SoftwareTokenMfaConfiguration?.Verified ? stored.SoftwareTokenMfaConfiguration.Secret : undefined;
  return {
    username: user.username, email: user.email, password: user.password, scenario: user.scenario,
    ...(user.phone ? { phone: user.phone } : {}),
    ...(secret ? { totpSecret: secret } : {}),
  };
}

export async function seed(stack: CognitoStack): Promise<DemoConfig> {
  const main = await ensurePool(stack.url, "cognito-react-kit-demo", "OPTIONAL");
  const mfaRequired = await ensurePool(stack.url, "cognito-react-kit-mfa-required", "ON");
  const mainUsers = SEED_USERS.filter((u) => !u.pool);
  const mfaUsers = SEED_USERS.filter((u) => u.pool === "mfaRequired");
  const devices = await ensurePool(stack.url, "cognito-react-kit-devices", "OPTIONAL", "userOptIn");
  const deviceUsers = SEED_USERS.filter((u) => u.pool === "devices");
  for (const user of mainUsers) await seedUser(stack, main, user);
  for (const user of mfaUsers) await seedUser(stack, mfaRequired, user);
  for (const user of deviceUsers) await seedUser(stack, devices, user);
  return {
    region: main.userPoolId.split("_")[0] ?? "local",
    ...main,
    endpoint: stack.url,
    users: await Promise.all(mainUsers.map((u) => describe(stack, main.userPoolId, u))),
    mfaRequiredPool: {
      ...mfaRequired,
      users: await Promise.all(mfaUsers.map((u) => describe(stack, mfaRequired.userPoolId, u))),
    },
    devicesPool: {
      ...devices,
      users: await Promise.all(deviceUsers.map((u) => describe(stack, devices.userPoolId, u))),
    },
    identityPools: {
      signedIn: await createIdentityPool(stack.url, "demo-signed-in", main, false),
      withGuests: await createIdentityPool(stack.url, "demo-with-guests", main, true),
    },
    ...(await seedChoicePools(stack)),
  };
}
