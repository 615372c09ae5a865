/** Reading pools, clients and users from cognito-local's own services. */
import type { LocalCognito } from "./local-cognito";
import type { User, UserPoolService } from "cognito-local/lib/services/userPoolService";
import type { AppClient } from "cognito-local/lib/services/appClient";
import { CognitoFault } from "./fault";

export interface PoolAndClient {
  pool: UserPoolService;
  client: AppClient;
  poolId: string;
  /** The part of the pool id after "_", which SRP binds into x and the signature. */
  poolName: string;
}

export async function poolForClient(local: LocalCognito, clientId: string): Promise<PoolAndClient> {
  const client = await local.services.cognito.getAppClient(local.ctx, clientId);
  if (!client) {
    throw new CognitoFault("ResourceNotFoundException", `User pool client ${clientId} does not exist.`);
  }
  const pool = await local.services.cognito.getUserPoolForClientId(local.ctx, clientId);
  const poolId = pool.options.Id;
  return { pool, client, poolId, poolName: poolId.split("_")[1] ?? poolId };
}

/**
 * The user a sign-in name refers to: the username (or sub) itself, or a verified email / phone
 * alias when the pool has AliasAttributes — cognito-local resolves only UsernameAttributes.
 */
export async function findUser(local: LocalCognito, pool: UserPoolService, name: string): Promise<User | null> {
  const direct = await pool.getUserByUsername(local.ctx, name);
  if (direct) return direct;
  const aliases = pool.options.AliasAttributes ?? [];
  if (aliases.length === 0) return null;
  const users = await pool.listUsers(local.ctx);
  return users.find((user) => aliases.some((alias) => {
    const value = attribute(user, alias);
    const verified = alias === "preferred_username" || attribute(user, `${alias}_verified`) === "true";
    return verified && value !== undefined && value.toLowerCase() === name.toLowerCase();
  })) ?? null;
}

/**
 * An unknown user, as the client's PreventUserExistenceErrors says: with "LEGACY" Cognito names
 * it (UserNotFoundException); otherwise (ENABLED) the operation looks as if the user existed.
 * Clients created here without the setting keep the ENABLED behaviour the tests were written for.
 */
export function assertUserKnown(client: AppClient, user: User | null): void {
  if (!user && client.PreventUserExistenceErrors === "LEGACY") throw new CognitoFault("UserNotFoundException", "User does not exist.");
}

export function attribute(user: User, name: string): string | undefined {
  return user.Attributes?.find((a) => a.Name === name)?.Value;
}

export function mfaMethods(user: User): string[] {
  const methods = new Set(user.UserMFASettingList ?? []);
  if ((user.MFAOptions ?? []).some((o) => o.DeliveryMedium === "SMS")) methods.add("SMS_MFA");
  return [...methods];
}

/** ALLOW_* flows of the client; an empty list means Cognito's default (SRP and refresh). */
export function clientAllows(client: AppClient, flow: "USER_SRP_AUTH" | "USER_PASSWORD_AUTH"): boolean {
  const flows = client.ExplicitAuthFlows ?? [];
  if (flows.length === 0) return flow === "USER_SRP_AUTH";
  return flows.includes(`ALLOW_${flow}`) || flows.includes(flow === "USER_PASSWORD_AUTH" ? "USER_PASSWORD_AUTH" : "");
}

/** "a***@e***.com" / "+*******1234", as Cognito shows delivery destinations. */
export function maskDestination(destination: string): string {
  const at = destination.indexOf("@");
  if (at > 0) {
    const domain = destination.slice(at + 1);
    const dot = domain.lastIndexOf(".");
    return `${destination[0]}***@${domain[0] ?? ""}***${dot > 0 ? domain.slice(dot) : ""}`;
  }
  return `+${"*".repeat(Math.max(0, destination.length - 5))}${destination.slice(-4)}`;
}
