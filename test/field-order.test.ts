/**
 * Field `order` (the `fields` option): a field's place among all of a screen's fields.
 */
import { describe, expect, it } from "vitest";
import { resolveFields, type FieldSpec } from "../src/ui/fields/field-spec.js";

const signUp: FieldSpec[] = [
  { name: "username", kind: "username" },
  { name: "email", kind: "email" },
  { name: "name", kind: "text" },
  { name: "password", kind: "newPassword" },
];
const names = (overrides: Parameters<typeof resolveFields>[1]) => resolveFields(signUp, overrides).map((f) => f.name);

describe("field order", () => {
  it("keeps the screen's order without overrides, or with overrides that set no order", () => {
    expect(names(undefined)).toEqual(["username", "email", "name", "password"]);
    expect(names({ email: { placeholder: "you@acme.com" }, name: { order: undefined, label: "Full name" } })).toEqual(["username", "email", "name", "password"]);
    expect(resolveFields(signUp, { email: { placeholder: "you@acme.com" } })[1]).toMatchObject({ name: "email", placeholder: "you@acme.com" });
  });

  it("order 0 puts a field first", () => {
    expect(names({ password: { order: 0 } })).toEqual(["password", "username", "email", "name"]);
  });

  it("order n puts a field at place n, ahead of the field that was there", () => {
    expect(names({ password: { order: 1 } })).toEqual(["username", "password", "email", "name"]);
    expect(names({ username: { order: 2 } })).toEqual(["email", "username", "name", "password"]);
    expect(names({ username: { order: 99 } })).toEqual(["email", "name", "password", "username"]);
    expect(names({ name: { order: -1 } })).toEqual(["name", "username", "email", "password"]);
  });

  it("fields given the same order keep the screen's order between them", () => {
    expect(names({ password: { order: 0 }, name: { order: 0 } })).toEqual(["name", "password", "username", "email"]);
    expect(names({ email: { order: 3 }, username: { order: 3 } })).toEqual(["name", "username", "email", "password"]);
  });
});
