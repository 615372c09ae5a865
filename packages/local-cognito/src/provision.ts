/**
 * Applies a config to a running stack: pools and app clients created (or brought up to date) and
 * users seeded through the Cognito API an admin would call; MFA already set up for seeded users
 * is written to the user record directly (no authenticator app to scan with). Idempotent: with a
 * persisted folder, a second start finds everything by name.
 */
import { randomInt } from "node:crypto";
import type { CognitoStack } from "./front";
import { cognitoCall, CognitoCallError } from "./cognito-call";
import type { ClientConfig, LocalCognitoConfig, MfaMethod, PoolConfig, UserConfig } from "./config";
import { deviceConfiguration } from "./device-ops";

/** A seeded user as the outputs list it. */
export interface ProvisionedUser {
  username: string;
  /** Absent for a passwordless user. */
  password?: string;
  email?: string;
  phone?: string;
  status: NonNullable<UserConfig["status"]>;
  mfa: MfaMethod[];
  /** Base32 secret of the user's authenticator app (TOTP MFA): codes from `totpCode(secret)`. */
  totpSecret?: string;
  groups: string[];
}

export interface ProvisionedPool {
  userPoolId: string;
  /** App client ids by client name. */
  clients: Record<string, string>;
  /** The pool's JWKS, for verifying the tokens it issues. */
  jwksUrl: string;
  users: ProvisionedUser[];
}

const MFA_NAMES: Record<MfaMethod, string> = { TOTP: "SOFTWARE_TOKEN_MFA", SMS: "SMS_MFA", EMAIL: "EMAIL_OTP" };
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function poolSettings(pool: PoolConfig) {
  const policy = pool.passwordPolicy ?? {};
  const devices = deviceConfiguration(pool.devices);
  return {
    ...(devices ? { DeviceConfiguration: devices } : {}),
    MfaConfiguration: pool.mfa ?? "OFF",
    AutoVerifiedAttributes: pool.autoVerify ?? ["email"],
    Policies: {
      PasswordPolicy: {
        MinimumLength: policy.minimumLength ?? 8,
        RequireUppercase: policy.requireUppercase ?? true,
        RequireLowercase: policy.requireLowercase ?? true,
        RequireNumbers: policy.requireNumbers ?? true,
        RequireSymbols: policy.requireSymbols ?? true,
        TemporaryPasswordValidityDays: policy.temporaryPasswordValidityDays ?? 7,
      },
      ...(pool.allowedFirstAuthFactors ? { SignInPolicy: { AllowedFirstAuthFactors: pool.allowedFirstAuthFactors } } : {}),
    },
  };
}

function clientSettings(client: ClientConfig) {
  const flows = client.authFlows ?? ["USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"];
  const validity = client.tokenValidity ?? {};
  const hosted = client.hostedUi;
  return {
    ClientName: client.name,
    ExplicitAuthFlows: flows.map((flow) => `ALLOW_${flow}`),
    PreventUserExistenceErrors: client.preventUserExistenceErrors === false ? "LEGACY" : "ENABLED",
    AccessTokenValidity: validity.accessMinutes ?? 60,
    IdTokenValidity: validity.idMinutes ?? 60,
    RefreshTokenValidity: validity.refreshDays ?? 30,
    TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
    ...(hosted ? {
      AllowedOAuthFlows: ["code"],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: hosted.scopes ?? ["openid", "email", "profile"],
      SupportedIdentityProviders: ["COGNITO"],
      CallbackURLs: hosted.callbackUrls,
      LogoutURLs: hosted.logoutUrls ?? hosted.callbackUrls,
    } : {}),
  };
}

async function ensurePool(endpoint: string, pool: PoolConfig): Promise<string> {
  const { UserPools = [] } = await cognitoCall<{ UserPools?: { Id: string; Name: string }[] }>(endpoint, "ListUserPools", { MaxResults: 60 });
  const existing = UserPools.find((p) => p.Name === pool.name)?.Id;
  if (existing) {
    await cognitoCall(endpoint, "UpdateUserPool", { UserPoolId: existing, ...poolSettings(pool) });
    return existing;
  }
  const schema = [
    { Name: "email", AttributeDataType: "String", Required: false, Mutable: true },
    ...(pool.attributes ?? []).map((a) => ({
      Name: a.name.replace(/^custom:/, ""), AttributeDataType: a.type ?? "String", Required: a.required ?? false, Mutable: a.mutable ?? true,
    })),
  ];
  const { UserPool } = await cognitoCall<{ UserPool: { Id: string } }>(endpoint, "CreateUserPool", {
    PoolName: pool.name,
    ...(pool.aliases ? { AliasAttributes: pool.aliases } : {}),
    ...(pool.usernameAttributes ? { UsernameAttributes: pool.usernameAttributes } : {}),
    ...poolSettings(pool),
    Schema: schema,
  });
  return UserPool.Id;
}

/** Email MFA and the passkey relying party, which Cognito sets with SetUserPoolMfaConfig. */
async function configureMfa(endpoint: string, userPoolId: string, pool: PoolConfig) {
  if (!pool.emailMfa && !pool.webAuthn) return;
  await cognitoCall(endpoint, "SetUserPoolMfaConfig", {
    UserPoolId: userPoolId,
    MfaConfiguration: pool.mfa ?? "OFF",
    ...(pool.emailMfa ? { EmailMfaConfiguration: { Subject: "Your sign-in code", Message: "Your sign-in code is {####}" } } : {}),
    ...(pool.webAuthn ? { WebAuthnConfiguration: { RelyingPartyId: pool.webAuthn.relyingPartyId, UserVerification: pool.webAuthn.userVerification ?? "preferred" } } : {}),
  });
}

async function ensureClients(endpoint: string, userPoolId: string, clients: ClientConfig[]): Promise<Record<string, string>> {
  const { UserPoolClients = [] } = await cognitoCall<{ UserPoolClients?: { ClientId: string; ClientName: string }[] }>(
    endpoint, "ListUserPoolClients", { UserPoolId: userPoolId, MaxResults: 60 });
  const ids: Record<string, string> = {};
  for (const client of clients) {
    const existing = UserPoolClients.find((c) => c.ClientName === client.name)?.ClientId;
    if (existing) {
      await cognitoCall(endpoint, "UpdateUserPoolClient", { UserPoolId: userPoolId, ClientId: existing, ...clientSettings(client) });
      ids[client.name] = existing;
    } else {
      const { UserPoolClient } = await cognitoCall<{ UserPoolClient: { ClientId: string } }>(endpoint, "CreateUserPoolClient", {
        UserPoolId: userPoolId, GenerateSecret: false, ...clientSettings(client),
      });
      ids[client.name] = UserPoolClient.ClientId;
    }
  }
  return ids;
}

function attributesOf(user: UserConfig, verified: boolean) {
  const attributes = [
    ...(user.email ? [{ Name: "email", Value: user.email }] : []),
    ...(user.phone ? [{ Name: "phone_number", Value: user.phone }] : []),
    ...Object.entries(user.attributes ?? {}).map(([Name, Value]) => ({ Name, Value })),
  ];
  if (!verified) return attributes;
  return [
    ...attributes,
    ...(user.email ? [{ Name: "email_verified", Value: "true" }] : []),
    ...(user.phone ? [{ Name: "phone_number_verified", Value: "true" }] : []),
  ];
}

async function userExists(endpoint: string, userPoolId: string, username: string): Promise<boolean> {
  try {
    await cognitoCall(endpoint, "AdminGetUser", { UserPoolId: userPoolId, Username: username });
    return true;
  } catch (error) {
    if (error instanceof CognitoCallError && error.code === "UserNotFoundException") return false;
    throw error;
  }
}

async function createUser(stack: CognitoStack, userPoolId: string, clientId: string, user: UserConfig) {
  const endpoint = stack.url;
  const status = user.status ?? "CONFIRMED";
  if (status === "UNCONFIRMED") {
    await cognitoCall(endpoint, "SignUp", {
      ClientId: clientId, Username: user.username, ...(user.password ? { Password: user.password } : {}), UserAttributes: attributesOf(user, false),
    });
    return;
  }
  if (user.password === undefined) {
    // Passwordless: created by an admin, then the record as a passwordless sign-up leaves it.
    await cognitoCall(endpoint, "AdminCreateUser", { UserPoolId: userPoolId, Username: user.username, MessageAction: "SUPPRESS", UserAttributes: attributesOf(user, true) });
    const pool = await stack.local.services.cognito.getUserPool(stack.local.ctx, userPoolId);
    const stored = await pool.getUserByUsername(stack.local.ctx, user.username);
    if (stored) await pool.saveUser(stack.local.ctx, { ...stored, Password: undefined as unknown as string, UserStatus: "CONFIRMED" });
    return;
  }
  await cognitoCall(endpoint, "AdminCreateUser", {
    UserPoolId: userPoolId, Username: user.username, MessageAction: "SUPPRESS", TemporaryPassword: user.password, UserAttributes: attributesOf(user, true),
  });
  if (status === "FORCE_CHANGE_PASSWORD") return;
  await cognitoCall(endpoint, "AdminSetUserPassword", { UserPoolId: userPoolId, Username: user.username, Password: user.password, Permanent: true });
  if (status === "RESET_REQUIRED") await cognitoCall(endpoint, "AdminResetUserPassword", { UserPoolId: userPoolId, Username: user.username });
}

/** MFA already set up: the user record as Cognito keeps it after SetUserMFAPreference (and a verified authenticator). */
async function setUpMfa(stack: CognitoStack, userPoolId: string, user: UserConfig, fresh: boolean): Promise<string | undefined> {
  const pool = await stack.local.services.cognito.getUserPool(stack.local.ctx, userPoolId);
  const stored = await pool.getUserByUsername(stack.local.ctx, user.username);
  if (!stored) throw new Error(`local-cognito: seeded user ${user.username} is missing`);
  const methods = user.mfa ?? [];
  const existing = stored.SoftwareTokenMfaConfiguration?.Verified ? stored.SoftwareTokenMfaConfiguration.Secret : undefined;
  // A user from an earlier start keeps what they changed since (e.g. MFA set up in the app).
  if (!fresh || methods.length === 0) return existing;
  const secret = methods.includes("TOTP") ? existing ?? Array.from({ length: 32 }, () => BASE32[randomInt(32)]).join("") : undefined;
  await pool.saveUser(stack.local.ctx, {
    ...stored,
    UserMFASettingList: methods.map((m) => MFA_NAMES[m]),
    PreferredMfaSetting: MFA_NAMES[methods[0]!],
    ...(secret ? { SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true } } : {}),
    ...(methods.includes("SMS") ? { MFAOptions: [{ DeliveryMedium: "SMS", AttributeName: "phone_number" }] } : {}),
  });
  return secret;
}

async function addToGroups(endpoint: string, userPoolId: string, user: UserConfig) {
  for (const group of user.groups ?? []) {
    try {
      await cognitoCall(endpoint, "CreateGroup", { UserPoolId: userPoolId, GroupName: group });
    } catch (error) {
      if (!(error instanceof CognitoCallError && error.code === "GroupExistsException")) throw error;
    }
    await cognitoCall(endpoint, "AdminAddUserToGroup", { UserPoolId: userPoolId, Username: user.username, GroupName: group });
  }
}

/**
 * Every pool, client and user of `config` on the stack; what was created, by name.
 *
 * @example
 * const pools = await provision(stack, { pools: [{ name: "app", clients: [{ name: "web" }] }] });
 * pools.app.clients.web; // the app client id
 */
export async function provision(stack: CognitoStack, config: LocalCognitoConfig): Promise<Record<string, ProvisionedPool>> {
  const result: Record<string, ProvisionedPool> = {};
  for (const pool of config.pools) {
    const userPoolId = await ensurePool(stack.url, pool);
    await configureMfa(stack.url, userPoolId, pool);
    const clients = await ensureClients(stack.url, userPoolId, pool.clients);
    const users: ProvisionedUser[] = [];
    for (const user of pool.users ?? []) {
      const fresh = !(await userExists(stack.url, userPoolId, user.username));
      if (fresh) {
        await createUser(stack, userPoolId, Object.values(clients)[0]!, user);
        await addToGroups(stack.url, userPoolId, user);
      }
      const totpSecret = await setUpMfa(stack, userPoolId, user, fresh);
      users.push({
        username: user.username, ...(user.password !== undefined ? { password: user.password } : {}), status: user.status ?? "CONFIRMED", mfa: user.mfa ?? [], groups: user.groups ?? [],
        ...(user.email ? { email: user.email } : {}), ...(user.phone ? { phone: user.phone } : {}), ...(totpSecret ? { totpSecret } : {}),
      });
    }
    result[pool.name] = { userPoolId, clients, jwksUrl: `${stack.url}/${userPoolId}/.well-known/jwks.json`, users };
  }
  return result;
}
