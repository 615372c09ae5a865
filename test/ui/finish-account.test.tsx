/**
 * The finish of the account settings and the hosted-UI buttons in Chromium with the kit's
 * stylesheet (issue 13, "Finish"): nothing wider than a 390 px phone in light or dark, a clear
 * hierarchy, badges with their actions, loading inside the card; provider marks and names.
 * GetUser is answered by the scripted transport.
 */
import "../../src/ui/styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hostedUi } from "../../src/oauth/index";
import { AccountSettings, HostedUiButtons, MfaPreferences, ProfileAttributes, SignIn } from "../../src/ui/index";
import { prepareAuth, TEST_USER as USER, withAuth } from "../../src/testing/index";

const profile = {
  Username: "4f1c-sub-like-username",
  UserAttributes: [
    { Name: "name", Value: "Ana Example" }, { Name: "email", Value: "ana@example.com" }, { Name: "email_verified", Value: "false" },
    { Name: "phone_number", Value: "+14155550101" }, { Name: "phone_number_verified", Value: "true" },
  ],
  UserMFASettingList: [],
};
const signedIn = (GetUser: unknown = profile) => prepareAuth({ operations: { GetUser } as never }, (a) => a.signIn(USER));
const box = (element: Element) => element.getBoundingClientRect();

afterEach(() => page.viewport(1280, 800));

describe("account settings on a phone", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`at 390 px (${colorScheme}) no element is wider than the screen and every card stays inside the panel`, async () => {
      await page.viewport(390, 800);
      const { container } = render(withAuth(await signedIn(), { colorScheme }, <AccountSettings />));
      await screen.findByRole("heading", { name: "Two-step verification" });
      await screen.findByRole("heading", { name: "Profile" });
      const width = document.documentElement.clientWidth;
      expect(width).toBe(390);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      const panel = container.querySelector(".crk-account")!;
      for (const element of panel.querySelectorAll("*")) {
        expect(box(element).right, element.className).toBeLessThanOrEqual(box(panel).right + 0.5);
        expect(box(element).left, element.className).toBeGreaterThanOrEqual(box(panel).left - 0.5);
      }
    });
  }
});

describe("account settings hierarchy", () => {
  it("the page title is larger than the section titles; the user's email is not optional; status as badges with their action", async () => {
    render(withAuth(await signedIn(), {}, <AccountSettings />));
    const title = screen.getByRole("heading", { level: 1, name: "Your account" });
    const section = await screen.findByRole("heading", { level: 2, name: "Profile" });
    expect(parseFloat(getComputedStyle(title).fontSize)).toBeGreaterThan(parseFloat(getComputedStyle(section).fontSize) * 1.25);
    const card = section.closest("section")!;
    expect(within(card).getByLabelText("Email")).toHaveAttribute("aria-required", "true");
    expect(within(card).getByLabelText("Full name (optional)")).toBeInTheDocument();
    const [email, phone] = [...card.querySelectorAll(".crk-verify")];
    expect(within(email as HTMLElement).getByText("Not verified")).toHaveClass("crk-badge");
    expect(within(email as HTMLElement).getByRole("button", { name: "Verify Email" })).toBeVisible();
    expect(within(phone as HTMLElement).getByText("Verified")).toHaveAttribute("data-state", "verified");
    expect(within(phone as HTMLElement).queryByRole("button")).toBeNull();
  });

  it("each card has one primary action: while a verification code is asked for, Verify is it, not Save", async () => {
    const auth = await prepareAuth({ operations: { GetUser: profile, GetUserAttributeVerificationCode: { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" } } } as never }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <ProfileAttributes />));
    const card = (await screen.findByRole("heading", { name: "Profile" })).closest("section")!;
    const primary = () => [...card.querySelectorAll("button")].filter((b) => getComputedStyle(b).backgroundColor === "rgb(36, 86, 199)").map((b) => b.textContent);
    expect(primary()).toEqual(["Save changes"]);
    await userEvent.click(within(card).getByRole("button", { name: "Verify Email" }));
    await within(card).findByLabelText("Code for Email");
    expect(primary()).toEqual(["Verify"]);
  });

  it("setting up an authenticator app is the MFA card's primary action", async () => {
    render(withAuth(await signedIn(), {}, <MfaPreferences />));
    await userEvent.click(await screen.findByLabelText("Use Authenticator app to sign in"));
    expect(screen.getByRole("button", { name: "Set up an authenticator app" })).toHaveAttribute("data-variant", "primary");
  });

  it("a section on its own shows its loading state inside its card, in the kit's font", async () => {
    const auth = await prepareAuth({ operations: { GetUser: "pending" } }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <div className="app-font"><ProfileAttributes /></div>));
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Please wait…");
    const card = status.closest(".crk-root")!;
    expect(card).not.toBeNull();
    expect(getComputedStyle(card).borderTopStyle).toBe("solid");
    expect(getComputedStyle(status).fontFamily).toMatch(/system-ui/);
  });
});

describe("hosted-UI buttons", () => {
  it("show each provider's mark, and the display name given for a SAML/OIDC provider", async () => {
    const auth = await prepareAuth({});
    const hosted = hostedUi(auth, { domain: "https://auth.example.com", redirectSignIn: "https://app.example.com/", redirectSignOut: "https://app.example.com/", providers: ["Google", "SignInWithApple", "Facebook", "LoginWithAmazon", "AcmeSAML"] }, { navigate: () => undefined, storage: sessionStorage });
    render(withAuth(auth, { slots: { signIn: { footer: <HostedUiButtons hosted={hosted} names={{ AcmeSAML: "Acme Corp" }} /> } } }, <SignIn />));
    for (const name of ["Continue with Google", "Continue with Apple", "Continue with Facebook", "Continue with Amazon", "Continue with Acme Corp"]) {
      const button = await screen.findByRole("button", { name });
      const mark = button.querySelector("svg")!;
      expect(mark, name).toHaveAttribute("aria-hidden", "true");
      expect(mark.querySelector("path")?.getAttribute("d")?.length, name).toBeGreaterThan(20);
      expect(box(mark).width, name).toBeCloseTo(20, 0);
    }
    // Brands differ; Apple's mark takes the text colour (white on dark).
    const google = screen.getByRole("button", { name: "Continue with Google" }).querySelector("path")!;
    expect(google.getAttribute("fill")).toBe("#EA4335");
    expect(screen.getByRole("button", { name: "Continue with Apple" }).querySelector("path")).toHaveAttribute("fill", "currentColor");
  });
});
