/**
 * Where the device keys live (src/devices/device-keys.ts): amazon-cognito-identity-js's key names
 * under Cognito's username, found from an alias the user signs in with, and — with a storage that
 * answers asynchronously (which a sign-in's parameters cannot wait for) — what this page wrote.
 */
import { describe, expect, it } from "vitest";
import { memoryStorage, type StorageAdapter } from "../../src/index";
import { deviceKeyStore } from "../../src/devices/device-keys.js";

const KEYS = { deviceKey: "eu-west-1_k", deviceGroupKey: "-g", randomPassword: "cGFzc3dvcmQ=" };

describe("device key store", () => {
  it("writes amazon-cognito-identity-js's three keys under Cognito's username, and finds them from the alias typed at sign-in", async () => {
    const storage = memoryStorage();
    const store = deviceKeyStore(storage, "client1");
    await store.write("3f9c-user", KEYS, "ana@example.com");
    expect(await storage.getItem("CognitoIdentityServiceProvider.client1.3f9c-user.deviceKey")).toBe("eu-west-1_k");
    expect(await storage.getItem("CognitoIdentityServiceProvider.client1.3f9c-user.deviceGroupKey")).toBe("-g");
    expect(await storage.getItem("CognitoIdentityServiceProvider.client1.3f9c-user.randomPasswordKey")).toBe("cGFzc3dvcmQ=");
    // A fresh store (a reload) reads them synchronously, by username or by the alias.
    const reloaded = deviceKeyStore(storage, "client1");
    expect(reloaded.readSync("3f9c-user")).toEqual(KEYS);
    expect(reloaded.readSync("ana@example.com")).toEqual(KEYS);
    expect(reloaded.readSync("bo")).toBeNull();
    // Another app client's keys are its own.
    expect(deviceKeyStore(storage, "client2").readSync("3f9c-user")).toBeNull();
    await reloaded.remove("3f9c-user");
    expect(reloaded.readSync("3f9c-user")).toBeNull();
    expect(reloaded.readSync("ana@example.com")).toBeNull();
  });

  it("with an asynchronous storage: what this page wrote or read is named at sign-in; removed, it is not", async () => {
    const inner = memoryStorage();
    const later: StorageAdapter = {
      getItem: async (key) => inner.getItem(key),
      setItem: async (key, value) => inner.setItem(key, value),
      removeItem: async (key) => inner.removeItem(key),
    };
    const store = deviceKeyStore(later, "client1");
    expect(store.readSync("ana")).toBeNull();
    await store.write("ana", KEYS);
    expect(store.readSync("ana")).toEqual(KEYS);
    const reloaded = deviceKeyStore(later, "client1");
    expect(reloaded.readSync("ana")).toBeNull();
    expect(await reloaded.read("ana")).toEqual(KEYS);
    expect(reloaded.readSync("ana")).toEqual(KEYS);
    await reloaded.remove("ana");
    expect(reloaded.readSync("ana")).toBeNull();
    expect(await reloaded.read("ana")).toBeNull();
  });
});
