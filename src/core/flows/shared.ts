/** Small translations shared by the flows and the account operations. */
import type { CodeDeliveryDetailsType, VerifySoftwareTokenResponse } from "../transport/cognito-types.js";
import { CognitoError } from "../transport/types.js";
import type { CodeDelivery, MfaMethod } from "../types.js";

/** Cognito's MFA names ↔ the user's; the one place they meet. */
export const MFA_OF: Readonly<Record<string, MfaMethod>> = { SMS_MFA: "SMS", SOFTWARE_TOKEN_MFA: "TOTP", EMAIL_OTP: "EMAIL" };
export const COGNITO_MFA: Readonly<Record<MfaMethod, string>> = { SMS: "SMS_MFA", TOTP: "SOFTWARE_TOKEN_MFA", EMAIL: "EMAIL_OTP" };

export function toDelivery(details: CodeDeliveryDetailsType | undefined): CodeDelivery | null {
  const medium = details?.DeliveryMedium;
  if (!details?.Destination || (medium !== "SMS" && medium !== "EMAIL")) return null;
  return { medium, destination: details.Destination, ...(details.AttributeName && { attribute: details.AttributeName }) };
}

/** { name: "Ana" } → [{ Name: "name", Value: "Ana" }]; empty values are left out. */
export const attributeList = (attributes: Record<string, string>) =>
  Object.entries(attributes).filter(([, v]) => v !== "").map(([Name, Value]) => ({ Name, Value }));

export const otpauthUri = (issuer: string, account: string, secret: string) =>
  `otpauth://totp/${encodeURIComponent(`${issuer}:${account}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;

/** VerifySoftwareToken answers Status "ERROR" for a code it did not accept. */
export function totpVerified(answer: VerifySoftwareTokenResponse): void {
  if (answer.Status === "ERROR") throw new CognitoError("CodeMismatchException", "");
}
