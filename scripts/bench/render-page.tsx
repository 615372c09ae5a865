/** The page of the render benchmark: the drop-in, counted by React's Profiler. */
import { Profiler } from "react";
import { createRoot } from "react-dom/client";
import { createCognitoAuth, memoryStorage } from "../../src/index";
import { Authenticator } from "../../src/ui/index";

const commits = { count: 0 };
(window as unknown as { commits: typeof commits }).commits = commits;
const auth = createCognitoAuth({ userPoolId: "eu-west-1_Bench", userPoolClientId: "bench", storage: memoryStorage(), locks: null });

createRoot(document.getElementById("root")!).render(
  <Profiler id="authenticator" onRender={() => void commits.count++}>
    <Authenticator auth={auth} />
  </Profiler>,
);
