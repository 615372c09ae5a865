/**
 * The QR code loads its encoder on demand: a blank square (hidden from assistive technology)
 * stands in until lean-qr's chunk arrives, then the labelled image is drawn — the same modules as
 * lean-qr's own encoding of the value.
 */
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { generate } from "lean-qr/nano";
import { QrCode } from "../../src/ui/index";

const URI = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Acme";

describe("QrCode", () => {
  it("first a blank placeholder of the same box, then the labelled image of the value's modules", async () => {
    const { container } = render(<QrCode value={URI} label="QR for ana" className="crk-qr" />);
    // The encoder is a dynamic import: it cannot have resolved during the synchronous first render.
    const placeholder = container.querySelector("svg")!;
    expect(placeholder.getAttribute("aria-hidden")).toBe("true");
    expect(placeholder.getAttribute("class")).toBe("crk-qr");
    expect(screen.queryByRole("img")).toBeNull();
    const qr = await screen.findByRole("img", { name: "QR for ana" });
    const code = generate(URI);
    expect(qr.getAttribute("viewBox")).toBe(`0 0 ${code.size + 8} ${code.size + 8}`);
    let dark = 0;
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) dark++;
    expect(qr.querySelector("path")!.getAttribute("d")!.match(/M/g)).toHaveLength(dark);
  });

  it("once loaded, later codes draw in the first render", () => {
    render(<QrCode value="otpauth://totp/Acme:bo?secret=ABC" label="QR for bo" />);
    expect(screen.getByRole("img", { name: "QR for bo" }).tagName.toLowerCase()).toBe("svg");
  });
});
