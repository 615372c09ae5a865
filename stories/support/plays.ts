/**
 * Play-function checks shared by the screen stories: what proves a story shows the state it is
 * named for (the message a person reads, the role and ARIA state a screen reader announces).
 */
import { expect, waitFor, within } from "storybook/test";

type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;

/** The alert region says `text` (and, being an error, has taken focus). */
export const showsAlert = (text: string | RegExp): Play => async ({ canvasElement }) => {
  const alert = await within(canvasElement).findByRole("alert");
  await expect(alert).toHaveTextContent(text);
  await waitFor(() => expect(alert).toHaveFocus());
};

/** Throttled: the reason said once in the alert; the submit (otherwise `submit`) counts down at most `seconds`, disabled. */
export const showsThrottled = (seconds: number, submit: string): Play => async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const alert = await canvas.findByRole("alert");
  await expect(alert).toHaveTextContent(/^Too many attempts\. Wait a moment, then try again\.$/);
  const button = canvas.getByRole("button", { name: /^Try again in \d+ s$/ });
  const left = Number(/in (\d+) s/.exec(button.textContent ?? "")?.[1]);
  await expect(left).toBeGreaterThan(seconds - 5);
  await expect(left).toBeLessThanOrEqual(seconds);
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute("type", "submit");
  await expect(canvas.queryByRole("button", { name: submit })).toBeNull();
};

/** A request is on its way: the submit says so and is disabled, the form is busy. */
export const showsPending: Play = async ({ canvasElement }) => {
  const button = within(canvasElement).getByRole("button", { name: "Please wait…" });
  await expect(button).toBeDisabled();
  await expect(button.closest("form")).toHaveAttribute("aria-busy", "true");
};

/** The dark theme is on the screen's root (where the kit's CSS variables switch), on a dark canvas. */
export const showsDark: Play = async ({ canvasElement }) => {
  const heading = await within(canvasElement).findByRole("heading", { level: 2 });
  await expect(heading.closest("section")).toHaveAttribute("data-theme", "dark");
  // The canvas behind it follows the story's theme (.storybook/story-frame.tsx).
  await expect(heading.closest(".kit-canvas")).toHaveAttribute("data-kit-canvas", "dark");
};

/** Unstyled: the screen renders with none of the kit's class names. */
export const showsUnstyled: Play = async ({ canvasElement }) => {
  await within(canvasElement).findByRole("heading", { level: 2 });
  await expect(canvasElement.querySelector("[class*='crk-']")).toBeNull();
};

/** The screen's heading, in the given language. */
export const showsHeading = (text: string): Play => async ({ canvasElement }) => {
  await expect(await within(canvasElement).findByRole("heading", { level: 2 })).toHaveTextContent(text);
};
