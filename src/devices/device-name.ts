/**
 * A readable default name for this device, from the browser's user agent: "Firefox on Windows",
 * "Safari on iOS". Brand names, not prose: the same in every language.
 */
const BROWSERS: readonly [RegExp, string][] = [[/Edg\//, "Edge"], [/OPR\/|Opera/, "Opera"], [/Firefox\//, "Firefox"], [/Chrom(e|ium)\//, "Chrome"], [/Safari\//, "Safari"]];
const SYSTEMS: readonly [RegExp, string][] = [[/iPhone|iPad|iPod/, "iOS"], [/Android/, "Android"], [/Windows/, "Windows"], [/Mac OS X|Macintosh/, "macOS"], [/CrOS/, "ChromeOS"], [/Linux/, "Linux"]];

const find = (list: readonly [RegExp, string][], agent: string) => list.find(([pattern]) => pattern.test(agent))?.[1];

/**
 * @example deviceName("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) … Version/17.4 Safari/605.1.15"); // "Safari on macOS"
 */
export function deviceName(agent: string = globalThis.navigator?.userAgent ?? ""): string {
  const browser = find(BROWSERS, agent);
  const system = find(SYSTEMS, agent);
  return browser && system ? `${browser} on ${system}` : browser ?? system ?? (agent.slice(0, 100) || "Browser");
}
