/**
 * The local stack's SigV4 verifier (cognito-react-kit-local) against AWS's published Signature
 * Version 4 test suite vectors (get-vanilla, post-x-www-form-urlencoded, get-vanilla-query-order-key):
 * it accepts the suite's signatures and refuses any change to what was signed.
 */
import { describe, expect, it } from "vitest";
import { verifySigV4, type SignedRequest } from "cognito-react-kit-local";

const SECRET = { secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", expiresAt: Date.parse("2015-08-31T00:00:00Z") };
const NOW = Date.parse("2015-08-30T12:36:00Z");
const lookup = (id: string) => (id === "AKIDEXAMPLE" ? SECRET : undefined);
const auth = (signed: string, signature: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signed}, Signature=${signature}`;

const vanilla: SignedRequest = {
  method: "GET", url: "/", body: Buffer.alloc(0),
  headers: { host: "example.amazonaws.com", "x-amz-date": "20150830T123600Z", authorization: auth("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31") },
};
const queryOrder: SignedRequest = {
  ...vanilla, url: "/?Param2=value2&Param1=value1",
  headers: { ...vanilla.headers, authorization: auth("host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500") },
};
const form: SignedRequest = {
  method: "POST", url: "/", body: Buffer.from("Param1=value1"),
  headers: {
    host: "example.amazonaws.com", "x-amz-date": "20150830T123600Z", "content-type": "application/x-www-form-urlencoded",
    authorization: auth("content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
  },
};

describe("the local SigV4 verifier", () => {
  it("accepts AWS's test-suite signatures", () => {
    for (const request of [vanilla, queryOrder, form]) {
      expect(verifySigV4(request, lookup, NOW), request.url).toMatchObject({ ok: true, accessKeyId: "AKIDEXAMPLE", region: "us-east-1", service: "service" });
    }
  });

  it("refuses a changed body, query, header, method or date; an unknown key; a stale clock; expired credentials", () => {
    const type = (request: SignedRequest, now = NOW, found = lookup) => {
      const verdict = verifySigV4(request, found, now);
      return verdict.ok ? "accepted" : verdict.type;
    };
    expect(type({ ...form, body: Buffer.from("Param1=value2") })).toBe("InvalidSignatureException");
    expect(type({ ...queryOrder, url: "/?Param2=value2&Param1=value3" })).toBe("InvalidSignatureException");
    expect(type({ ...vanilla, headers: { ...vanilla.headers, host: "other.amazonaws.com" } })).toBe("InvalidSignatureException");
    expect(type({ ...vanilla, method: "DELETE" })).toBe("InvalidSignatureException");
    expect(type({ ...vanilla, headers: { ...vanilla.headers, "x-amz-date": "20150830T123601Z" } })).toBe("InvalidSignatureException");
    expect(type(vanilla, NOW, () => undefined)).toBe("UnrecognizedClientException");
    expect(type(vanilla, NOW + 16 * 60_000)).toBe("InvalidSignatureException");
    expect(type(vanilla, NOW, () => ({ ...SECRET, expiresAt: NOW - 1 }))).toBe("ExpiredTokenException");
    expect(type(vanilla, NOW, () => ({ ...SECRET, sessionToken: "token" }))).toBe("UnrecognizedClientException");
    expect(type({ ...vanilla, headers: { ...vanilla.headers, authorization: "Bearer x" } })).toBe("IncompleteSignatureException");
  });
});
