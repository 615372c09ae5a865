/**
 * A readable label for an attribute name that has no translation: the `custom:`/`dev:` prefix
 * dropped, snake_case, kebab-case and camelCase split into words, first letter capitalized.
 *
 * @example
 * humanize("custom:company_name"); // "Company name"
 * humanize("custom:favouriteColor"); // "Favourite color"
 */
export const humanize = (name: string) => {
  const words = name.replace(/^(custom|dev):/, "").replace(/([a-z\d])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
