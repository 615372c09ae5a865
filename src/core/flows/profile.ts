/**
 * Profile attributes of the signed-in user: read on demand (never on page load), update, and the
 * verification-code round trip for a changed email or phone.
 */
import type { CodeDelivery, MfaMethod } from "../types.js";
import type { SendAuthorized } from "./context.js";
import { attributeList, MFA_OF, toDelivery } from "./shared.js";

export interface MfaPreference {
  enabled: readonly MfaMethod[];
  preferred: MfaMethod | null;
}

/** @example const { getUser } = profileOperations(send); const { attributes } = await getUser(); */
export const profileOperations = (send: SendAuthorized) => ({
  /** Attributes and MFA settings (one GetUser request; call it when the screen needs it). */
  async getUser() {
    const answer = await send("GetUser", {});
    const attributes: Record<string, string> = {};
    for (const a of answer.UserAttributes ?? []) attributes[a.Name!] = a.Value ?? "";
    const mfa: MfaPreference = {
      enabled: (answer.UserMFASettingList ?? []).flatMap((m) => MFA_OF[m] ?? []),
      preferred: MFA_OF[answer.PreferredMfaSetting ?? ""] ?? null,
    };
    return { username: answer.Username ?? "", attributes, mfa };
  },
  /** Updates attributes; a changed email or phone needs a code: where they went is returned. */
  updateAttributes: async (attributes: Record<string, string>): Promise<CodeDelivery[]> =>
    ((await send("UpdateUserAttributes", { UserAttributes: attributeList(attributes) })).CodeDeliveryDetailsList ?? [])
      .flatMap((d) => toDelivery(d) ?? []),
  sendAttributeVerificationCode: async (attribute: string) =>
    toDelivery((await send("GetUserAttributeVerificationCode", { AttributeName: attribute })).CodeDeliveryDetails),
  verifyAttribute: async (attribute: string, code: string) => void (await send("VerifyUserAttribute", { AttributeName: attribute, Code: code })),
});
