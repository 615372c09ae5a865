/**
 * What "interactive" means in the start-up benchmark, identically for every page: the username
 * input (`input[name="username"]`) is in the DOM, enabled, not read-only, visible (display,
 * visibility and opacity), and React has attached its props with an `onChange` or `onInput`
 * handler to it or to an element around it (Amplify UI listens on the <form>, the kit and the
 * plain form on the input) — so React's delegated listener runs the app's code on the next
 * keystroke. The probe is an init
 * script: a MutationObserver, created before any page script runs, checks the condition after
 * every batch of DOM changes and records `performance.now()` (ms since navigation start,
 * performance.timeOrigin) the first time it holds.
 */
import type { Page } from "playwright-core";

/** When the form became interactive, and the frame that showed it, in ms since navigation start. */
export interface Startup {
  /** The DOM change that completed the form (React's commit). */
  ready: number;
  /** The start of the next animation frame: the form is on screen then. */
  frame: number;
  /** The last byte of the HTML. */
  responseEnd: number;
}

const SELECTOR = 'input[name="username"]';

/** Plain JavaScript: the element whose React props handle the input's changes, and which handler. */
const HANDLER = `(input) => {
  for (let node = input; node; node = node.parentElement) {
    const key = Object.keys(node).find((k) => k.startsWith("__reactProps$"));
    const props = key && node[key];
    if (props && typeof props.onChange === "function") return { props, name: "onChange" };
    if (props && typeof props.onInput === "function") return { props, name: "onInput" };
  }
  return null;
}`;

/** Plain JavaScript (no transpiler helpers), run in the page before its scripts. */
export const PROBE = `(() => {
  const handler = ${HANDLER};
  let resolve;
  Object.defineProperty(window, "__startup", { value: new Promise((r) => (resolve = r)) });
  const check = () => {
    const input = document.querySelector(${JSON.stringify(SELECTOR)});
    if (!input || input.disabled || input.readOnly) return false;
    if (!input.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    return handler(input) !== null;
  };
  const observer = new MutationObserver(() => {
    if (!check()) return;
    const ready = performance.now();
    performance.mark("interactive"); // for traces and DevTools
    observer.disconnect();
    requestAnimationFrame(() => {
      const frame = performance.now();
      const responseEnd = performance.getEntriesByType("navigation")[0]?.responseEnd ?? 0;
      resolve({ ready, frame, responseEnd });
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Waits for the probe's figure (call after `goto` has committed). */
export const startupOf = (page: Page) => page.evaluate("window.__startup") as Promise<Startup>;

/**
 * Proves the definition on a loaded page: a real keystroke typed into the username input shows in
 * it, and reaches the handler that React attached (counted by wrapping it after focus).
 *
 * @example
 * await verifyInteractive(page); // throws unless typing "a" gives value "a" and one handler call
 */
export async function verifyInteractive(page: Page): Promise<void> {
  const input = page.locator(SELECTOR);
  await input.click();
  await page.evaluate(`(() => {
    const { props, name } = (${HANDLER})(document.querySelector(${JSON.stringify(SELECTOR)}));
    const original = props[name];
    window.__changes = 0;
    props[name] = function (...args) { window.__changes++; return original.apply(this, args); };
  })()`);
  await page.keyboard.type("a");
  const seen = (await page.evaluate(`({ value: document.querySelector(${JSON.stringify(SELECTOR)}).value, changes: window.__changes })`)) as {
    value: string; changes: number;
  };
  if (seen.value !== "a" || seen.changes !== 1) throw new Error(`not interactive: typed "a", input shows "${seen.value}", its React handler ran ${seen.changes}×`);
}
