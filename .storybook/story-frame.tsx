/**
 * What surrounds every story (a decorator, .storybook/preview.tsx):
 * - the canvas takes the story's theme: a dark screen sits on a dark canvas, in the story view
 *   (the page behind it) and on docs pages (its block);
 * - a story whose screen steps out of the way (a flow that ends on the next step, where the screen
 *   renders nothing) shows what <Authenticator> shows there, under a note, instead of a blank
 *   canvas. A screen that has not shown anything yet (its parts still loading) is waited for;
 *   `parameters: { endScreen: "always" }` shows it for a screen that renders nothing from the
 *   start, `endScreen: false` never;
 * - the play function starts once the story is on the page and shows something (`mountWhenShown`).
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { CognitoAuth } from "../src/index";
import { Authenticator, type AuthUIOptions } from "../src/ui/index";
import type { Theme } from "./toolbar";

/** Resolvers of the first commit, by canvas element (one story renders in each). */
const shown = new Map<Element, () => void>();

/** Something a person can see or use: text, an image, a control. */
const hasContent = (element: Element) => Boolean(element.textContent?.trim()) || element.querySelector("svg, img, canvas, input, button") !== null;

/**
 * The story is on the page with something in it (its first effects have run; a screen whose parts
 * load on demand has rendered them): the play may start.
 */
function useShown(canvasElement: Element | undefined, frame: { current: HTMLDivElement | null }) {
  useEffect(() => {
    const element = frame.current;
    if (!canvasElement || !element) return;
    const done = () => {
      if (!hasContent(element)) return false;
      shown.get(canvasElement)?.();
      shown.delete(canvasElement);
      return true;
    };
    if (done()) return;
    const observer = new MutationObserver(() => done() && observer.disconnect());
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [canvasElement, frame]);
}

interface MountContext {
  canvasElement: Element;
  canvas: unknown;
  renderToCanvas: () => Promise<void>;
  originalStoryFn?: unknown;
}

/**
 * Storybook's React `mount`, waiting for the story's first commit. A production build (the
 * static Storybook) renders without React's `act`, so `renderToCanvas` returns before React has
 * put the story on the page, and a play's first query could find an empty canvas. The wait ends
 * once the story's first effects have run and it shows something; if it never does (it threw, or
 * renders nothing on purpose), after 2 s.
 */
export const mountWhenShown = (context: MountContext) => async (ui?: ReactNode) => {
  if (ui != null) context.originalStoryFn = () => ui;
  const first = new Promise<void>((resolve) => {
    shown.set(context.canvasElement, resolve);
    setTimeout(resolve, 2000);
  });
  await context.renderToCanvas();
  await first;
  return context.canvas;
};

/** The machine's current step. */
function useStep(auth: CognitoAuth) {
  return useSyncExternalStore(auth.subscribe, () => auth.getSnapshot().step);
}

function EndScreen({ auth, ui }: { auth: CognitoAuth; ui: AuthUIOptions }) {
  const step = useStep(auth);
  return (
    <>
      <p className="kit-story-note" role="note">
        The story's screen renders nothing at step “{step}”. What &lt;Authenticator&gt; shows there:
      </p>
      <Authenticator {...ui} auth={auth} />
    </>
  );
}

export interface StoryFrameProps {
  theme: Theme;
  /** The story's machine (its loader's `auth`), when it has one. */
  auth: CognitoAuth | undefined;
  ui: AuthUIOptions;
  /** true: once the story's output went from something to nothing; "always": whenever it is empty. */
  endScreen: boolean | "always";
  /** The story view (one story, the page is its canvas) rather than a docs page. */
  storyView: boolean;
  canvasElement: Element | undefined;
  children: ReactNode;
}

/** The canvas around one story; see the file's comment. */
export function StoryFrame({ theme, auth, ui, endScreen, storyView, canvasElement, children }: StoryFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const output = useRef<HTMLDivElement>(null);
  const [empty, setEmpty] = useState(false);
  const shownSomething = useRef(false);
  useShown(canvasElement, frame);
  useLayoutEffect(() => {
    if (!storyView) return;
    document.body.dataset.kitCanvas = theme;
  }, [storyView, theme]);
  useLayoutEffect(() => {
    const element = output.current;
    if (!element || !endScreen || !auth) return;
    const check = () => {
      const nothing = element.childElementCount === 0 && !element.textContent?.trim();
      if (!nothing) shownSomething.current = true;
      setEmpty(nothing && (shownSomething.current || endScreen === "always"));
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [endScreen, auth]);
  return (
    <div ref={frame} className="kit-canvas" data-kit-canvas={theme}>
      <div ref={output} className="kit-story-output" data-story-output="">{children}</div>
      {empty && auth ? <EndScreen auth={auth} ui={ui} /> : null}
    </div>
  );
}
