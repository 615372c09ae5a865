import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// findBy*/waitFor wait for answers from the run's local Cognito (an SRP sign-in is several round
// trips): 1 s, Testing Library's default, was too short on a loaded 2-core CI machine. A longer
// wait only delays a failure; it never turns one into a pass.
configure({ asyncUtilTimeout: 8_000 });

afterEach(cleanup);
