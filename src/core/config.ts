/**
 * Configuration checks that refuse unsafe settings loudly, at creation time: tokens and codes
 * travel only over https (plain http only to this machine, e.g. a local Cognito), and a region
 * must look like one.
 */

const LOOPBACK = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/**
 * `url` when it is https (or http to a loopback address); throws a clear Error otherwise.
 * @example safeUrl("https://auth.example.com", "hostedUi domain")
 */
export function safeUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`cognito-react-kit: ${what} is not a URL: "${url}"`);
  }
  if (parsed.protocol === "https:" || (parsed.protocol === "http:" && LOOPBACK.test(parsed.hostname))) return url;
  throw new Error(`cognito-react-kit: ${what} must use https:// (http:// only for localhost): "${url}"`);
}

/** The Cognito endpoint: `endpoint` (checked), or the region's (from `region` or the pool id). */
export function cognitoEndpoint(config: { userPoolId: string; region?: string | undefined; endpoint?: string | undefined }): string {
  if (config.endpoint) return safeUrl(config.endpoint, "endpoint");
  const region = config.region ?? config.userPoolId.split("_")[0] ?? "";
  if (!REGION.test(region)) {
    throw new Error(`cognito-react-kit: "${region}" is not an AWS region; userPoolId looks like "eu-west-1_AbC123" (or pass region / endpoint)`);
  }
  return `https://cognito-idp.${region}.amazonaws.com/`;
}
