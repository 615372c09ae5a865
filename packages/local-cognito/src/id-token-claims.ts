/**
 * The ID token's contact claims as Cognito issues them, which cognito-local gets wrong:
 * `email_verified` is true for an unverified email (it reads the attribute "false" as a truthy
 * string), and `phone_number` / `phone_number_verified` are missing. Put right through the
 * pre-token-generation hook of cognito-local's own token generator (no Lambda runs).
 */
import type { Triggers } from "cognito-local/lib/services/triggers";

type Attribute = { Name?: string; Value?: string };

/** The claims Cognito puts in an ID token for these attributes (booleans for the *_verified ones). */
export function contactClaims(attributes: readonly Attribute[]): Record<string, string | boolean> {
  const value = (name: string) => attributes.find((a) => a.Name === name)?.Value;
  const claims: Record<string, string | boolean> = {};
  if (value("email") !== undefined) claims.email_verified = value("email_verified") === "true";
  const phone = value("phone_number");
  if (phone !== undefined) Object.assign(claims, { phone_number: phone, phone_number_verified: value("phone_number_verified") === "true" });
  return claims;
}

/** `triggers` for the token generator: everything as it was, plus the contact claims. */
export function withContactClaims(triggers: Triggers): Triggers {
  return Object.assign(Object.create(triggers) as Triggers, {
    enabled: (name: Parameters<Triggers["enabled"]>[0]) => name === "PreTokenGeneration" || triggers.enabled(name),
    preTokenGeneration: async (ctx, event) => {
      const response = triggers.enabled("PreTokenGeneration") ? await triggers.preTokenGeneration(ctx, event) : {};
      const details = response.claimsOverrideDetails;
      // Typed as strings by cognito-local; Cognito's own claims here are booleans, as the JWT carries them.
      const claims = contactClaims(event.userAttributes) as unknown as Record<string, string>;
      return { ...response, claimsOverrideDetails: { ...details, claimsToAddOrOverride: { ...claims, ...details?.claimsToAddOrOverride } } };
    },
  } satisfies Partial<Triggers>);
}
