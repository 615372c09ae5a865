/** Testing Library on the scripted Cognito: the app's component in a given step, and its stories run as tests. */
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { composeStories } from "@storybook/react";
import { authIn, fails, scriptedTransport, withAuth } from "cognito-react-kit/testing";
import { AccountMenu } from "./account-menu";
import * as stories from "./account-menu.stories";

describe("AccountMenu", () => {
  it("shows who is signed in, without the admin mark for a member", async () => {
    const auth = await authIn("signedIn", { user: { email: "bo@example.com", groups: ["members"] } });
    render(withAuth(auth, {}, <AccountMenu />));
    expect(await screen.findByText("Signed in as bo@example.com")).toBeTruthy();
    expect(screen.queryByText("(admin)")).toBeNull();
  });

  it("asks for the SMS code; a wrong code is refused and the code sent is the one typed", async () => {
    const transport = scriptedTransport({ afterPassword: { ChallengeName: "SMS_MFA", ChallengeParameters: { CODE_DELIVERY_DESTINATION: "+*******0101" }, Session: "s" }, challenges: { SMS_MFA: fails("CodeMismatchException") } });
    const auth = await authIn("confirmSignIn", { method: "SMS", transport });
    render(withAuth(auth, {}, <AccountMenu />));
    await userEvent.type(await screen.findByRole("textbox"), "123456");
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", expect.stringMatching(/code/i));
    const [answer] = transport.sent("RespondToAuthChallenge").filter((r) => r.input.ChallengeName === "SMS_MFA");
    expect(answer?.input.ChallengeResponses).toMatchObject({ SMS_MFA_CODE: "123456" });
  });

  it.each(Object.entries(composeStories(stories)))("story %s renders and its play passes", async (_name, Story) => {
    await Story.run();
  });
});
