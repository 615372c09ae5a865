/** Small translations shared by the flows and the account operations. */
import type { CodeDeliveryDetailsType, VerifySoftwareTokenResponse } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoError } from "../transport/types.js";
import type { CodeDelivery } from "../types.js";

export function toDelivery(details: CodeDeliveryDetailsType | undefined): CodeDelivery | null {
  const medium = details?.DeliveryMedium;
  if (!details?.Destination || (medium !== "SMS" && medium !== "EMAIL")) return null;
  return { medium, destination: details.Destination, ...(details.AttributeName ? { attribute: details.AttributeName } : {}) };
}

export const otpauthUri = (issuer: string, account: string, secret: string) =>
  `otpauth://totp/${encodeURIComponent(`${issuer}:${account}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;

/** VerifySoftwareToken answers Status "ERROR" for a code it did not accept. */
export function totpVerified(answer: VerifySoftwareTokenResponse): void {
  if (answer.Status === "ERROR") throw new CognitoError("CodeMismatchException", "");
}
