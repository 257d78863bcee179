/** A small element builder: text always goes in as text, never as HTML (the data is not ours). */
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

/** The elements that are there, for `append`/`replaceChildren`, which take no nulls. */
export function present(...nodes: (Node | null | undefined | false)[]): Node[] {
  return nodes.filter((n): n is Node => Boolean(n));
}

/**
 * A listener that runs async work. The DOM ignores what a listener returns, so a rejected promise
 * would go unnoticed: a failure the work does not handle itself goes to `failed`.
 */
export function asyncListener<E extends Event>(
  work: (event: E) => Promise<void>,
  failed: (error: unknown) => void,
): (event: E) => void {
  return (event) => {
    work(event).catch(failed);
  };
}
