/**
 * The device secret (src/devices/device-srp.ts) checked against the local Cognito's own SRP
 * server math (packages/local-cognito/src/srp-server.ts, written separately): the verifier sent to
 * ConfirmDevice is g^x for x over DeviceGroupKey ‖ DeviceKey ‖ ":" ‖ the kept password and the salt.
 */
import { describe, expect, it } from "vitest";
import { createDeviceSecret } from "../../src/devices/device-srp.js";
import { deviceName } from "../../src/devices/device-name.js";
import { privateKeyX, verifier } from "../../packages/local-cognito/src/srp-server.js";

const hexOf = (base64: string) => Buffer.from(base64, "base64").toString("hex");

describe("device secret", () => {
  it("sends the verifier of the password it keeps (the server's math agrees), a 16-byte salt, a 40-byte password", async () => {
    for (let i = 0; i < 5; i++) {
      const { randomPassword, verifierConfig } = await createDeviceSecret("-GroupKey1", `eu-west-1_${i}0a1b2c3d-1111-2222-3333-444455556666`);
      expect(Buffer.from(randomPassword, "base64")).toHaveLength(40);
      const salt = hexOf(verifierConfig.Salt);
      expect(BigInt(`0x${salt}`) < 2n ** 128n).toBe(true);
      const expected = verifier(privateKeyX("-GroupKey1", `eu-west-1_${i}0a1b2c3d-1111-2222-3333-444455556666`, randomPassword, salt));
      expect(BigInt(`0x${hexOf(verifierConfig.PasswordVerifier)}`)).toBe(expected);
    }
  });

  it("a new secret each time", async () => {
    const [a, b] = await Promise.all([createDeviceSecret("-g", "k"), createDeviceSecret("-g", "k")]);
    expect(a.randomPassword).not.toBe(b.randomPassword);
    expect(a.verifierConfig.Salt).not.toBe(b.verifierConfig.Salt);
  });
});

describe("device name", () => {
  it("reads the browser and system from the user agent", () => {
    expect(deviceName("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15")).toBe("Safari on macOS");
    expect(deviceName("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0")).toBe("Edge on Windows");
    expect(deviceName("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0")).toBe("Firefox on Linux");
    expect(deviceName("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1")).toBe("Safari on iOS");
    expect(deviceName("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36")).toBe("Chrome on Android");
    expect(deviceName("")).toBe("Browser");
  });
});
