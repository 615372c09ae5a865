import type { Preview } from "@storybook/react-vite";
import "../src/ui/styles.css";

const preview: Preview = {
  parameters: {
    layout: "centered",
    // Every story is checked with axe; a violation fails its test.
    a11y: { test: "error" },
  },
};

export default preview;
