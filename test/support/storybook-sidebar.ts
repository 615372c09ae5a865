/**
 * The sidebar's naming rules, read from a Storybook index (see .storybook/README.md):
 * - a group or component name (each segment of a `title`) appears once in the whole sidebar, so a
 *   search for it finds one place ("Local Cognito" was both a group's component and another's);
 * - entries under one component (its stories and its Docs page) have different names;
 * - a story is not named like a group or component, which it would be mistaken for.
 * Names compare case-, space- and punctuation-insensitively ("Sign-in" = "sign in").
 */
export interface SidebarEntry {
  type: "story" | "docs";
  title: string;
  name: string;
}

const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Every broken rule, as a sentence naming the entries involved; empty when the sidebar is clean. */
export function duplicateNames(entries: readonly SidebarEntry[]): string[] {
  const problems: string[] = [];
  // Group and component nodes: each distinct title path, by the name it shows.
  const nodes = new Map<string, Set<string>>();
  for (const { title } of entries) {
    const segments = title.split("/").map((s) => s.trim());
    segments.forEach((segment, i) => {
      const path = segments.slice(0, i + 1).join("/");
      const paths = nodes.get(key(segment)) ?? new Set<string>();
      paths.add(path);
      nodes.set(key(segment), paths);
    });
  }
  for (const paths of nodes.values()) {
    if (paths.size > 1) problems.push(`"${[...paths].join('", "')}" show the same name`);
  }
  const byComponent = new Map<string, Map<string, number>>();
  for (const { title, name } of entries) {
    const names = byComponent.get(title) ?? new Map<string, number>();
    names.set(key(name), (names.get(key(name)) ?? 0) + 1);
    byComponent.set(title, names);
  }
  for (const [title, names] of byComponent) {
    for (const [name, count] of names) if (count > 1) problems.push(`"${title}" has ${count} entries named "${name}"`);
  }
  for (const { type, title, name } of entries) {
    const clash = nodes.get(key(name));
    if (type === "story" && clash) problems.push(`story "${title}/${name}" is named like "${[...clash].join('", "')}"`);
  }
  return problems;
}
