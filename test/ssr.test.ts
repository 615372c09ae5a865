/**
 * Server rendering: the provider, hooks and screens render in Node (no window, no storage) as the
 * "restoring" step, without touching browser globals during render.
 */
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createCognitoAuth } from "../src/index";
import { CognitoAuthProvider, useCognitoAuth } from "../src/react/index";
import { Authenticator, SignIn } from "../src/ui/index";

describe("server rendering", () => {
  it("has no window here, and the drop-in renders its restoring state", () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
    const auth = createCognitoAuth({ userPoolId: "eu-west-1_Ssr", userPoolClientId: "ssr" });
    const html = renderToString(createElement(Authenticator, { auth }));
    expect(html).toContain('data-step="restoring"');
    expect(html).toContain('role="status"');
    expect(html).not.toContain("style=");
    auth.destroy();
  });

  it("hooks read the server snapshot; a standalone screen renders nothing before its step", () => {
    const auth = createCognitoAuth({ userPoolId: "eu-west-1_Ssr", userPoolClientId: "ssr", storage: "memory" });
    function Step() {
      return createElement("p", null, useCognitoAuth((s) => s.step));
    }
    const html = renderToString(createElement(CognitoAuthProvider, { auth }, createElement(Step), createElement(SignIn)));
    expect(html).toBe("<p>restoring</p>");
    auth.destroy();
  });
});
