/**
 * The machine's add-on seam as a unit: what an add-on adds to the wire, sees, replaces and runs.
 * The transport is a hand-written queue (this proves the seam, not Cognito: the add-ons' flows
 * are proven against the local Cognito by their own tests).
 */
import { describe, expect, it } from "vitest";
import { createCognitoAuth, memoryStorage, type SignInAddOn, type SignInStep } from "../../src/index";
import { signedIn } from "../../src/testing/answers";
import { CognitoError, type Transport } from "../../src/core/transport/types";

type Reply = Record<string, unknown> | ((input: Record<string, unknown>) => Record<string, unknown>);

/** Answers each request with the next reply (an operation with none left fails the test). */
function queue(...replies: Reply[]) {
  const sent: { operation: string; input: Record<string, unknown> }[] = [];
  const transport: Transport = {
    async send(operation, input) {
      sent.push({ operation, input: input as Record<string, unknown> });
      const reply = replies.shift();
      if (!reply) throw new Error(`unexpected ${operation}`);
      return typeof reply === "function" ? reply(input as Record<string, unknown>) : reply;
    },
  };
  return { transport, sent };
}

let clock = Date.parse("2026-11-22T09:00:00Z");
const setup = (transport: Transport, addOns?: SignInAddOn[]) =>
  createCognitoAuth({
    userPoolId: "eu-west-1_Seam", userPoolClientId: "seam", transport, storage: memoryStorage(), locks: null,
    authFlow: "USER_PASSWORD_AUTH", now: () => clock, ...(addOns && { addOns }),
  });
const settled = async (auth: ReturnType<typeof setup>) => {
  for (let i = 0; i < 50 && auth.getSnapshot().status === "pending"; i++) await new Promise((r) => setTimeout(r, 0));
  return auth.getSnapshot();
};
const atSignIn = async (auth: ReturnType<typeof setup>) => {
  for (let i = 0; i < 50 && auth.getSnapshot().step !== "signIn"; i++) await new Promise((r) => setTimeout(r, 0));
};

const smsOtp = { ChallengeName: "SMS_OTP", Session: "secret-session-1", ChallengeParameters: { USERNAME: "ana-id", CODE_DELIVERY_DESTINATION: "+***99" } };
/** Translates a first-factor SMS_OTP into the stock code step. */
const smsFirstFactor: SignInAddOn = {
  step: (step) => step.kind === "challenge" && step.session.name === "SMS_OTP"
    ? { ...step, challenge: { step: "confirmSignIn", method: "SMS", destination: step.answer?.ChallengeParameters?.CODE_DELIVERY_DESTINATION ?? null } }
    : undefined,
};

describe("sign-in add-ons", () => {
  it("add parameters to the sign-in's InitiateAuth and to every refresh", async () => {
    const device: SignInAddOn = { parameters: (username) => ({ DEVICE_KEY: `key-of-${username}` }) };
    const { transport, sent } = queue(signedIn({ username: "ana-id" }), (input) => {
      expect(input.AuthFlow).toBe("REFRESH_TOKEN_AUTH");
      return signedIn({ username: "ana-id" });
    });
    const auth = setup(transport, [device]);
    await atSignIn(auth);
    await auth.signIn({ username: "Ana@example.com", password: "pw" });
    expect(sent[0]!.input.AuthParameters).toMatchObject({ USERNAME: "Ana@example.com", DEVICE_KEY: "key-of-Ana@example.com" });
    clock += 2 * 3600_000; // the tokens expired
    await auth.getTokens();
    // On refresh the username is Cognito's own (from the access token), not what was typed.
    expect(sent[1]!.input.AuthParameters).toMatchObject({ DEVICE_KEY: "key-of-ana-id" });
    expect(sent[1]!.input.AuthParameters).toHaveProperty("REFRESH_TOKEN");
  });

  it("without an add-on, a challenge the core cannot show fails the sign-in as UnsupportedChallenge", async () => {
    const auth = setup(queue(smsOtp).transport);
    await atSignIn(auth);
    await auth.signIn({ username: "ana", password: "pw" });
    const state = await settled(auth);
    expect(state.step).toBe("signIn");
    expect(state.error?.code).toBe("UnsupportedChallenge");
  });

  it("translate a challenge into a step; the stock code command answers the challenge Cognito named", async () => {
    const { transport, sent } = queue(smsOtp, signedIn({ username: "ana-id" }));
    const auth = setup(transport, [smsFirstFactor]);
    await atSignIn(auth);
    await auth.signIn({ username: "ana", password: "pw" });
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "SMS", destination: "+***99", username: "ana-id" });
    expect(JSON.stringify(auth.getSnapshot())).not.toContain("secret-session-1");
    await auth.confirmSignIn({ code: "123456" });
    expect(sent[1]!.input).toMatchObject({
      ChallengeName: "SMS_OTP", Session: "secret-session-1", ChallengeResponses: { USERNAME: "ana-id", SMS_OTP_CODE: "123456" },
    });
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("replace a step with what they answered themselves, in order, and see the tokens", async () => {
    const seen: string[] = [];
    const { transport, sent } = queue({ ChallengeName: "DEVICE_SRP_AUTH", Session: "s1", ChallengeParameters: { USERNAME: "ana-id" } }, signedIn({ username: "ana-id" }));
    const answersDevice: SignInAddOn = {
      async step(step, ctx) {
        seen.push(step.kind === "tokens" ? "tokens" : `challenge ${step.session.name}`);
        if (step.kind !== "challenge" || step.session.name !== "DEVICE_SRP_AUTH") return undefined;
        const reply = await ctx.transport.send("RespondToAuthChallenge", {
          ClientId: ctx.clientId, ChallengeName: "DEVICE_SRP_AUTH", Session: step.session.session, ChallengeResponses: { USERNAME: step.username },
        });
        return { kind: "tokens", result: (reply as { AuthenticationResult: NonNullable<Extract<SignInStep, { kind: "tokens" }>["result"]> }).AuthenticationResult };
      },
    };
    const watcher: SignInAddOn = { step: (step) => void seen.push(`second saw ${step.kind}`) };
    const auth = setup(transport, [answersDevice, watcher]);
    await atSignIn(auth);
    await auth.signIn({ username: "ana", password: "pw" });
    expect(sent.map((s) => s.operation)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    expect(sent[1]!.input).toMatchObject({ ClientId: "seam", Session: "s1" });
    expect(seen).toEqual(["challenge DEVICE_SRP_AUTH", "second saw tokens"]);
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("run their own commands through answer(): from the named step only, with the held challenge and the context", async () => {
    const { transport } = queue(smsOtp, signedIn({ username: "ana-id" }));
    const auth = setup(transport, [smsFirstFactor]);
    await atSignIn(auth);
    let calls = 0;
    await auth.answer("confirmSignUp", async () => { calls++; throw new Error("not at this step"); });
    expect(calls).toBe(0);
    await auth.signIn({ username: "ana", password: "pw" });
    const held: unknown[] = [];
    await auth.answer("confirmSignIn", async (state, challenge, ctx) => {
      held.push(state.step, challenge.session, challenge.name, ctx.clientId);
      expect(auth.getSnapshot().status).toBe("pending");
      const reply = await ctx.transport.send("RespondToAuthChallenge", { ClientId: ctx.clientId, ChallengeName: "SMS_OTP", Session: challenge.session });
      return { kind: "tokens", result: (reply as { AuthenticationResult: NonNullable<Extract<SignInStep, { kind: "tokens" }>["result"]> }).AuthenticationResult };
    });
    expect(held).toEqual(["confirmSignIn", "secret-session-1", "SMS_OTP", "seam"]);
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("a command that throws fails the step with Cognito's error, the challenge kept", async () => {
    const { transport } = queue(smsOtp);
    const auth = setup(transport, [smsFirstFactor]);
    await atSignIn(auth);
    await auth.signIn({ username: "ana", password: "pw" });
    await auth.answer("confirmSignIn", async () => { throw new CognitoError("CodeMismatchException", "wrong"); });
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", status: "error", error: { code: "CodeMismatchException" } });
  });
});
