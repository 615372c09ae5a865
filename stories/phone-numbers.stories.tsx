import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { ReactNode } from "react";
import { COUNTRIES, phoneNumbers, ProfileAttributes, SignIn, SignUp, type FormOption } from "../src/ui/index";
import { ar } from "../src/ui/i18n/ar";
import type { CognitoAuth } from "../src/index";
import { TEST_USER as USER, withAuth } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark } from "./support/plays";

const FRANCE_FIRST = [phoneNumbers({ defaultCountry: "FR" })];

/** A screen under the option (the story's `phone` parameter, France first by default). */
const shown = (screen: ReactNode) => ({
  render: (_: unknown, { loaded, parameters }: { loaded: unknown; parameters: { ui?: object; phone?: FormOption[] } }) =>
    withAuth(authOf(loaded), { formOptions: parameters.phone ?? FRANCE_FIRST, ...parameters.ui }, screen),
});

/** The phone field's parts, found as a screen reader user finds them. */
function phoneField(canvasElement: HTMLElement, name = "Phone number", country = "Country or region") {
  const group = within(within(canvasElement).getByRole("group", { name }));
  return { country: group.getByRole("combobox", { name: country }), number: group.getByLabelText(name) };
}

const meta = {
  title: "Sign up/Phone numbers",
  ...shown(<SignUp loginMechanism="phone" attributes={[]} />),
  loaders: load({ operations: { SignUp: { UserConfirmed: false, CodeDeliveryDetails: EMAIL_DELIVERY } } }, (a) => a.navigate("signUp")),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signing up by phone: a labelled group of the country (France by default here) and the number. */
export const SignUpByPhone: Story = {
  play: async ({ canvasElement }) => {
    const { country, number } = phoneField(canvasElement);
    await expect(country).toHaveDisplayValue("France (+33)");
    await expect(number).toHaveAttribute("type", "tel");
    await expect(number).toHaveAttribute("autocomplete", "username"); // the phone number is the username here
    await expect(number).toHaveAttribute("aria-required", "true");
    await expect(within(canvasElement).getByText("FR +33")).toBeVisible();
    await expect(country.querySelectorAll("option")).toHaveLength(COUNTRIES.length);
  },
};

/** Typed the French way: the trunk 0 and spaces go, the calling code comes: +33612345678 is sent. */
export const SentInE164: Story = {
  play: async ({ canvasElement, loaded }) => {
    const auth = authOf(loaded);
    const calls: Parameters<CognitoAuth["signUp"]>[0][] = [];
    const signUp = auth.signUp;
    Object.assign(auth, { signUp: (input: Parameters<CognitoAuth["signUp"]>[0]) => (calls.push(input), signUp(input)) });
    await userEvent.type(phoneField(canvasElement).number, "06 12 34 56 78");
    await userEvent.type(within(canvasElement).getByLabelText("Password"), "Correct-Horse-1!");
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(calls).toEqual([{ username: "+33612345678", password: "Correct-Horse-1!", attributes: { phone_number: "+33612345678" } }]));
  },
};

/** A number too short for any country: its own message, tied to the number. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const { number } = phoneField(canvasElement);
    await userEvent.type(number, "12 34");
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(number).toHaveAttribute("aria-invalid", "true"));
    await expect(number).toHaveAccessibleDescription("Enter a valid phone number.");
    await expect(number).toHaveFocus();
  },
};

/** A whole +number pasted picks its country; of the regions sharing +1, the chosen one stays. */
export const Pasted: Story = {
  play: async ({ canvasElement }) => {
    const { country, number } = phoneField(canvasElement);
    await userEvent.click(number);
    await userEvent.paste("+44 20 7946 0018");
    await expect(country).toHaveDisplayValue("United Kingdom (+44)");
    await expect(number).toHaveValue("2079460018");
    await userEvent.selectOptions(country, "CA");
    await userEvent.clear(number);
    await userEvent.paste("+1 (604) 555-0199");
    await expect(country).toHaveDisplayValue("Canada (+1)");
    await expect(number).toHaveValue("6045550199");
  },
};

/** Signing in by phone. */
export const SignInByPhone: Story = {
  ...shown(<SignIn loginMechanism="phone" />),
  loaders: load({}),
  play: async ({ canvasElement, loaded }) => {
    const auth = authOf(loaded);
    const calls: Parameters<CognitoAuth["signIn"]>[0][] = [];
    const signIn = auth.signIn;
    Object.assign(auth, { signIn: (input: Parameters<CognitoAuth["signIn"]>[0]) => (calls.push(input), signIn(input)) });
    const { number } = phoneField(canvasElement);
    await expect(number).toHaveAttribute("autocomplete", "username");
    await userEvent.type(number, "0612345678");
    await userEvent.type(within(canvasElement).getByLabelText("Password"), `${USER.password}{Enter}`);
    await waitFor(() => expect(calls).toEqual([{ username: "+33612345678", password: USER.password }]));
  },
};

/** The app's own short list, Belgium first: names in the screens' language, sorted. */
export const OwnList: Story = {
  parameters: {
    phone: [phoneNumbers({ defaultCountry: "BE", countries: COUNTRIES.filter((c) => ["FR", "BE", "CH", "LU"].includes(c.code)) })],
  },
  play: async ({ canvasElement }) => {
    const { country } = phoneField(canvasElement);
    await expect(country).toHaveDisplayValue("Belgium (+32)");
    const options = [...country.querySelectorAll("option")].map((o) => o.textContent);
    await expect(options).toEqual(["Belgium (+32)", "France (+33)", "Luxembourg (+352)", "Switzerland (+41)"]);
  },
};

/** The profile's saved number, shown in its country; the field is optional there. */
export const Profile: Story = {
  ...shown(<ProfileAttributes attributes={["phone_number"]} />),
  parameters: { phone: [phoneNumbers()] },
  loaders: load({
    operations: { GetUser: { Username: "ana", UserAttributes: [{ Name: "phone_number", Value: "+14155550101" }, { Name: "phone_number_verified", Value: "true" }] } },
  }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole("heading", { name: "Profile" });
    const { country, number } = phoneField(canvasElement, "Phone number (optional)");
    await expect(country).toHaveDisplayValue("United States (+1)");
    await expect(number).toHaveValue("4155550101");
    await expect(number).toHaveAttribute("aria-required", "false");
  },
};

/** Arabic: country names in Arabic, the number itself left to right. */
export const Arabic: Story = {
  parameters: { ui: { language: ar } },
  play: async ({ canvasElement }) => {
    const { country, number } = phoneField(canvasElement, ar["label.phone_number"], ar["label.country"]);
    await expect(country).toHaveDisplayValue(`${new Intl.DisplayNames(["ar"], { type: "region" }).of("FR")} (+33)`);
    await expect(number).toHaveAttribute("dir", "ltr");
    await expect(canvasElement.querySelector("section")).toHaveAttribute("dir", "rtl");
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" }, backgrounds: { default: "dark" } },
  play: showsDark,
};
