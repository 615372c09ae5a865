/**
 * Signed-in account operations: profile attributes (read on demand, update with the verification
 * round trip), password change, MFA preferences, TOTP set-up, sign-out.
 */
import { call, type Transport } from "../transport/types.js";
import type { CodeDelivery, MfaMethod } from "../types.js";
import { attributeList, toDelivery } from "./sign-up.js";

export interface MfaPreference {
  enabled: readonly MfaMethod[];
  preferred: MfaMethod | null;
}

const NAMES: Record<string, MfaMethod> = { SMS_MFA: "SMS", SOFTWARE_TOKEN_MFA: "TOTP", EMAIL_OTP: "EMAIL" };

/** Attributes and MFA settings, one GetUser request. */
export async function getUser(transport: Transport, accessToken: string) {
  const answer = await call(transport, "GetUser", { AccessToken: accessToken });
  const attributes: Record<string, string> = {};
  for (const a of answer.UserAttributes ?? []) if (a.Name) attributes[a.Name] = a.Value ?? "";
  const mfa: MfaPreference = {
    enabled: (answer.UserMFASettingList ?? []).flatMap((m) => NAMES[m] ?? []),
    preferred: NAMES[answer.PreferredMfaSetting ?? ""] ?? null,
  };
  return { username: answer.Username ?? "", attributes, mfa };
}

/** Returns where verification codes went (changing email or phone needs one). */
export async function updateAttributes(transport: Transport, accessToken: string, attributes: Record<string, string>): Promise<CodeDelivery[]> {
  const answer = await call(transport, "UpdateUserAttributes", { AccessToken: accessToken, UserAttributes: attributeList(attributes) });
  return (answer.CodeDeliveryDetailsList ?? []).flatMap((d) => toDelivery(d) ?? []);
}

export const sendAttributeCode = async (transport: Transport, accessToken: string, attribute: string) =>
  toDelivery((await call(transport, "GetUserAttributeVerificationCode", { AccessToken: accessToken, AttributeName: attribute })).CodeDeliveryDetails);

export const verifyAttribute = (transport: Transport, accessToken: string, attribute: string, code: string) =>
  call(transport, "VerifyUserAttribute", { AccessToken: accessToken, AttributeName: attribute, Code: code });

export const changePassword = (transport: Transport, accessToken: string, previous: string, proposed: string) =>
  call(transport, "ChangePassword", { AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed });

/** Enables exactly `enabled` (of the methods named) and marks `preferred`. */
export function setMfaPreference(transport: Transport, accessToken: string, change: { enabled: readonly MfaMethod[]; preferred?: MfaMethod | null; methods?: readonly MfaMethod[] }) {
  const settings = (method: MfaMethod) => ({ Enabled: change.enabled.includes(method), PreferredMfa: change.preferred === method });
  const methods = change.methods ?? ["SMS", "TOTP"];
  return call(transport, "SetUserMFAPreference", {
    AccessToken: accessToken,
    ...(methods.includes("SMS") ? { SMSMfaSettings: settings("SMS") } : {}),
    ...(methods.includes("TOTP") ? { SoftwareTokenMfaSettings: settings("TOTP") } : {}),
    ...(methods.includes("EMAIL") ? { EmailMfaSettings: settings("EMAIL") } : {}),
  });
}
