/**
 * Reads the props the server serialised into an island's root element.
 */

/** The island's props from its `data-props` attribute, over the given defaults. */
export function islandProps<T extends object>(root: HTMLElement, defaults: T): T {
  try {
    return { ...defaults, ...JSON.parse(root.dataset.props ?? "{}") };
  } catch {
    return defaults;
  }
}
