/**
 * "Send a new code" right after a code went out: disabled, with its countdown, from the very first
 * paint. (It used to start its 30 s in an effect, so the first commit showed an enabled "Send a new
 * code"; a click then, or a story's play in the static Storybook, where React renders without
 * `act`, found it so.)
 */
import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import { useLayoutEffect, type ReactNode } from "react";
import { AuthUIProvider } from "../../src/ui/index";
import { ResendButton } from "../../src/ui/screens/resend";

/** Records the button as the first commit put it on the page (before any passive effect ran). */
function FirstCommit({ seen, children }: { seen: { disabled?: boolean; text?: string }; children: ReactNode }) {
  useLayoutEffect(() => {
    const button = document.querySelector<HTMLButtonElement>("[data-probe] button");
    seen.disabled ??= button?.disabled;
    seen.text ??= button?.textContent ?? undefined;
  }, [seen]);
  return <div data-probe="">{children}</div>;
}

describe("ResendButton", () => {
  it("is disabled with its countdown at the first commit after a code was sent", () => {
    const seen: { disabled?: boolean; text?: string } = {};
    render(
      <AuthUIProvider>
        <FirstCommit seen={seen}>
          <ResendButton sentKey={{ medium: "EMAIL" }} onResend={() => undefined} />
        </FirstCommit>
      </AuthUIProvider>,
    );
    expect(seen).toEqual({ disabled: true, text: "Send a new code in 30 s" });
  });

  it("is enabled at once when no code was sent yet", () => {
    const seen: { disabled?: boolean; text?: string } = {};
    render(
      <AuthUIProvider>
        <FirstCommit seen={seen}>
          <ResendButton sentKey={null} onResend={() => undefined} />
        </FirstCommit>
      </AuthUIProvider>,
    );
    expect(seen).toEqual({ disabled: false, text: "Send a new code" });
  });
});
