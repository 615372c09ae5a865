/**
 * The finish of the sign-in screens in Chromium with the kit's stylesheet (issue 13, "Finish"):
 * focus on page load, the password toggle in the field's frame, errors under their input with
 * icons, the TOTP key and its copy button, <bdi> destinations, six-slot codes, the chosen MFA card,
 * humanized labels, a replaced screen in the card. The screens run on the scripted transport.
 */
import "../../src/ui/styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Authenticator, ConfirmSignIn, ForgotPassword, SelectMfaType, SetupTotp, SignIn, SignUp } from "../../src/ui/index";
import { ar } from "../../src/ui/i18n/ar";
import { fr } from "../../src/ui/i18n/fr";
import { useAuth } from "../../src/react/index";
import { challenge, prepareAuth, TEST_USER as USER, withAuth } from "../../src/testing/index";

const box = (element: Element) => element.getBoundingClientRect();
const before = (element: Element, property: string) => getComputedStyle(element, "::before").getPropertyValue(property);

afterEach(() => page.viewport(1280, 800));

// First in this file: no kit screen has been shown on this page yet, as on a real page load.
describe("focus on page load", () => {
  it("a screen used on its own does not take focus; the next step's screen does", async () => {
    const auth = await prepareAuth({});
    render(withAuth(auth, {}, <><SignIn /><ForgotPassword /></>));
    const heading = screen.getByRole("heading", { name: "Sign in" });
    await new Promise((resolve) => requestAnimationFrame(resolve)); // effects have run
    expect(heading).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole("button", { name: "Forgot your password?" }));
    await waitFor(() => expect(screen.getByRole("heading", { name: "Reset your password" })).toHaveFocus());
  });
});

describe("fields", () => {
  it("the show-password toggle is an icon button inside the field's frame: the field is as wide as the others", async () => {
    await page.viewport(390, 800);
    const auth = await prepareAuth({});
    render(withAuth(auth, { language: fr }, <SignIn />));
    const username = screen.getByLabelText(fr["label.usernameOrEmail"]);
    const password = screen.getByLabelText(fr["label.password"]);
    const toggle = screen.getByRole("button", { name: fr["common.showPassword"] });
    expect(box(password).width).toBeCloseTo(box(username).width, 0);
    // The button lies inside the input's box, and typed text stops before it.
    expect(box(toggle).left).toBeGreaterThanOrEqual(box(password).left);
    expect(box(toggle).right).toBeLessThanOrEqual(box(password).right);
    expect(parseFloat(getComputedStyle(password).paddingInlineEnd)).toBeGreaterThanOrEqual(box(toggle).width);
    expect(before(toggle, "content")).toBe('""'); // the eye, drawn in CSS
    expect(before(toggle, "border-top-style")).toBe("solid");
    expect(toggle).toHaveAttribute("aria-controls", password.id);
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    expect(password).toHaveAttribute("type", "text");
    expect(screen.getByRole("button", { name: fr["common.hidePassword"] })).toHaveAttribute("aria-pressed", "true");
  });

  it("a password's error sits right under its input, above the checklist; errors and alerts carry an icon; the checklist marks met and unmet", async () => {
    const auth = await prepareAuth({}, (a) => a.navigate("signUp"));
    const { container } = render(withAuth(auth, {}, <SignUp />));
    const password = screen.getByLabelText("Password");
    await userEvent.type(password, "abc");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    const error = await screen.findByText("The password does not meet all the requirements.");
    const checklist = container.querySelector(".crk-policy")!;
    expect(password.parentElement!.nextElementSibling).toBe(error);
    expect(box(error).bottom).toBeLessThanOrEqual(box(checklist).top);
    expect(before(error, "content")).toBe('"!"');
    const [met, unmet] = ["met", "unmet"].map((state) => container.querySelector(`.crk-policy li[data-state="${state}"]`)!);
    expect(before(met!, "content")).toBe('""');
    expect(before(unmet!, "content")).toBe('""');
    expect(before(met!, "transform")).not.toBe("none"); // a tick
    expect(before(unmet!, "border-radius")).toBe("50%"); // an empty circle
    expect(getComputedStyle(met!).listStyleType).toBe("none");
  });

  it("a custom attribute is labelled from the app's messages, or humanized", async () => {
    const auth = await prepareAuth({}, (a) => a.navigate("signUp"));
    const { unmount } = render(withAuth(auth, {}, <SignUp attributes={["email", "custom:company_name", "custom:favouriteColor"]} />));
    expect(screen.getByLabelText("Company name (optional)")).toHaveAttribute("name", "custom:company_name");
    expect(screen.getByLabelText("Favourite color (optional)")).toBeInTheDocument();
    unmount();
    render(withAuth(auth, { messages: { "label.custom:company_name": "Firm" } }, <SignUp attributes={["custom:company_name"]} />));
    expect(screen.getByLabelText("Firm (optional)")).toHaveAttribute("name", "custom:company_name");
  });
});

describe("codes and choices", () => {
  it("a masked destination is isolated in <bdi> inside right-to-left text, whose direction comes from the language alone", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("SMS_MFA", { CODE_DELIVERY_DESTINATION: "+*******0101" }) }, (a) => a.signIn(USER));
    const { container } = render(withAuth(auth, { language: ar }, <ConfirmSignIn />));
    expect(container.querySelector("section")).toHaveAttribute("dir", "rtl");
    const bdi = container.querySelector(".crk-description bdi")!;
    expect(bdi).toHaveTextContent(/^\+\*{7}0101$/);
    expect(bdi).toHaveAttribute("dir", "ltr");
    // Drawn left to right: the plus sign is left of the digits.
    const range = document.createRange();
    range.setStart(bdi.firstChild!, 0);
    range.setEnd(bdi.firstChild!, 1);
    const plus = range.getBoundingClientRect();
    expect(plus.left).toBeLessThan(box(bdi).left + 2 + plus.width);
  });

  it("the code field is one paste-friendly input drawn as six slots, wide enough for six digits", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("SOFTWARE_TOKEN_MFA") }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <ConfirmSignIn />));
    const code = screen.getByLabelText("Code");
    expect(screen.getAllByRole("textbox")).toHaveLength(1);
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    expect(getComputedStyle(code).backgroundImage).toMatch(/repeating-linear-gradient/);
    (code as HTMLInputElement).value = "888888";
    expect(code.scrollWidth).toBeLessThanOrEqual(code.clientWidth);
  });

  it("the chosen MFA method's card is highlighted, and the highlight follows the choice", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }) }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <SelectMfaType />));
    const card = (name: string) => screen.getByLabelText(name).closest("label")!;
    const border = (name: string) => getComputedStyle(card(name)).borderColor;
    expect(border("Text message (SMS)")).not.toBe(border("Authenticator app"));
    const chosen = border("Text message (SMS)");
    await userEvent.click(screen.getByLabelText("Authenticator app"));
    expect(border("Authenticator app")).toBe(chosen);
    expect(border("Text message (SMS)")).not.toBe(chosen);
  });
});

describe("TOTP set-up", () => {
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  const atSetup = () => prepareAuth({ afterPassword: challenge("MFA_SETUP"), operations: { AssociateSoftwareToken: { SecretCode: secret, Session: "s2" } } }, (a) => a.signIn(USER));
  const clipboard = (writeText: (text: string) => Promise<void>) => Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });

  it("numbered steps; the key in groups of 4, a line never breaking inside a group", async () => {
    await page.viewport(390, 800);
    render(withAuth(await atSetup(), {}, <SetupTotp />));
    const steps = screen.getAllByRole("listitem");
    expect(steps.map((s) => s.querySelector("p")?.textContent)).toEqual([
      "Scan the QR code with your authenticator app, or type in the setup key.", "Enter the 6-digit code the app shows.",
    ]);
    expect(steps[1]).toContainElement(screen.getByLabelText("Code"));
    const key = screen.getByTestId("totp-secret");
    const text = key.firstChild as Text;
    expect(text.data).toBe("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    const lines = new Set<number>();
    for (let start = 0; start < text.data.length; start += 5) {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 4);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      expect(rects, `group at ${start}`).toHaveLength(1);
      lines.add(Math.round(rects[0]!.top));
    }
    expect(lines.size).toBeGreaterThan(1); // it did wrap, between groups
  });

  it("copy puts the key on the clipboard and says so in a live region", async () => {
    const copied: string[] = [];
    clipboard(async (text) => void copied.push(text));
    render(withAuth(await atSetup(), {}, <SetupTotp />));
    await userEvent.click(screen.getByRole("button", { name: "Copy key" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Key copied"));
    expect(copied).toEqual([secret]);
  });

  it("should the clipboard refuse, the key is selected and the live region says to copy it by hand", async () => {
    clipboard(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    render(withAuth(await atSetup(), {}, <SetupTotp />));
    await userEvent.click(screen.getByRole("button", { name: "Copy key" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Could not copy the key. It is selected: copy it yourself."));
    expect(getSelection()?.toString()).toBe(screen.getByTestId("totp-secret").textContent);
  });
});

describe("loading and replaced screens", () => {
  it("a pending submit shows a spinner in its button; none before", async () => {
    const auth = await prepareAuth({ operations: { ForgotPassword: "pending" } }, (a) => a.navigate("forgotPassword"));
    render(withAuth(auth, {}, <ForgotPassword />));
    expect(before(screen.getByRole("button", { name: "Send code" }), "animation-name")).toBe("none");
    await userEvent.type(screen.getByLabelText("Username or email"), "ana{Enter}");
    const button = await screen.findByRole("button", { name: "Please wait…" });
    expect(before(button, "animation-name")).toBe("crk-spin");
    expect(before(button, "border-top-style")).toBe("solid");
  });

  it("a replaced screen renders inside the kit's card, in its theme and direction", async () => {
    function MyForgotPassword() {
      const auth = useAuth();
      return <div><h2>Ask the help desk</h2><button type="button" onClick={() => auth.navigate("signIn")}>Back</button></div>;
    }
    const auth = await prepareAuth({}, (a) => a.navigate("forgotPassword"));
    render(<Authenticator auth={auth} colorScheme="dark" language={ar} components={{ forgotPassword: MyForgotPassword }} />);
    const card = screen.getByRole("heading", { name: "Ask the help desk" }).closest(".crk-root")!;
    expect(card).toHaveAttribute("data-theme", "dark");
    expect(card).toHaveAttribute("dir", "rtl");
    expect(getComputedStyle(card).borderTopWidth).toBe("1px");
    expect(getComputedStyle(card).backgroundColor).toBe("rgb(20, 22, 27)");
  });
});
