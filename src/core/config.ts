/**
 * Configuration checks that refuse unsafe settings loudly, at creation time: tokens and codes
 * travel only over https (plain http only to this machine, e.g. a local Cognito), and a region
 * must look like one.
 */

const LOOPBACK = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Throws `cognito-react-kit: <message>`: a setting the kit will not work with. */
export const refuse = (message: string): never => {
  throw new Error(`cognito-react-kit: ${message}`);
};

/**
 * `url` when it is https (or http to a loopback address); throws a clear Error otherwise.
 * @example safeUrl("https://auth.example.com", "hostedUi domain")
 */
export function safeUrl(url: string, what: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === "https:" || (protocol === "http:" && LOOPBACK.test(hostname))) return url;
  } catch {
    // not a URL: refused below
  }
  return refuse(`${what} must be an https:// URL (http:// only for localhost): "${url}"`);
}

/** The Cognito endpoint: `endpoint` (checked), or the region's (from `region` or the pool id). */
export function cognitoEndpoint(config: { userPoolId: string; region?: string | undefined; endpoint?: string | undefined }): string {
  if (config.endpoint) return safeUrl(config.endpoint, "endpoint");
  const region = config.region ?? config.userPoolId.split("_")[0];
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region!)
    ? `https://cognito-idp.${region}.amazonaws.com/`
    : refuse(`"${region}" is not an AWS region (from userPoolId "<region>_<id>", or region)`);
}
