/**
 * How a property is declared, in the shape Lit uses (so tools that read Lit elements understand it):
 * `attribute` names the attribute (default: the property name, `false` for none), `type: Number`
 * or `type: Boolean` converts it, `reflect` writes the property back to the attribute, `state` marks internal state.
 */
export interface PropertyDeclaration {
  attribute?: string | false;
  type?: NumberConstructor | BooleanConstructor;
  reflect?: boolean;
  state?: boolean;
}

export type ChangedProperties = Map<PropertyKey, unknown>;

const sheets = new WeakMap<object, CSSStyleSheet[]>();
/** For each element class, the property that each observed attribute sets. */
const attributeProperties = new WeakMap<object, Map<string, string>>();

/**
 * The small part of LitElement these widgets need: declared properties mirrored from attributes, batched
 * asynchronous updates with willUpdate/updated hooks and an updateComplete promise, and constructable style
 * sheets in an open shadow root. render() returns the shadow root's nodes, which the element builds and
 * keeps itself; no template is ever parsed, so the widgets need no Trusted Types policy. Keeping to this
 * saves the script-tag bundle about 6 KB gzip against LitElement.
 */
export abstract class ReactiveElement extends HTMLElement {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: string[] = [];
  static get observedAttributes(): string[] {
    const map = new Map<string, string>();
    for (const [name, declaration] of Object.entries(this.properties)) {
      if (declaration.state || declaration.attribute === false) continue;
      map.set(declaration.attribute ?? name.toLowerCase(), name);
    }
    attributeProperties.set(this, map);
    for (const name of Object.keys(this.properties)) ReactiveElement.#defineAccessor(this.prototype, name);
    return [...map.keys()];
  }

  static #defineAccessor(prototype: ReactiveElement, name: string): void {
    if (Object.prototype.hasOwnProperty.call(prototype, name)) return;
    Object.defineProperty(prototype, name, {
      get(this: ReactiveElement) {
        return this.#values.get(name);
      },
      set(this: ReactiveElement, value: unknown) {
        const old = this.#values.get(name);
        if (Object.is(old, value)) return;
        this.#values.set(name, value);
        this.requestUpdate(name, old);
      },
      configurable: true,
      enumerable: true,
    });
  }

  readonly renderRoot: ShadowRoot;
  hasUpdated = false;
  readonly #values = new Map<string, unknown>();
  #changed: ChangedProperties = new Map();
  #updatePending = false;
  #scheduled = false;
  #updating = false;
  #updatePromise: Promise<unknown> = Promise.resolve();
  #settingFromAttribute?: string;
  readonly #earlyValues = new Map<string, unknown>();
  #waiting?: Promise<unknown>;
  /** The nodes the last render put in the shadow root. */
  #rendered: Node[] = [];

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    const elementClass = this.constructor as typeof ReactiveElement;
    if (!sheets.has(elementClass)) {
      sheets.set(
        elementClass,
        elementClass.styles.map((text) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
          return sheet;
        }),
      );
    }
    this.renderRoot.adoptedStyleSheets = sheets.get(elementClass)!;
    // Properties a framework set before the element was defined live on the instance: keep them for
    // the first update, after the class's own defaults are in place.
    for (const name of Object.keys(elementClass.properties)) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      this.#earlyValues.set(name, (this as Record<string, unknown>)[name]);
      delete (this as Record<string, unknown>)[name];
    }
  }

  connectedCallback(): void {
    if (this.#updatePending || !this.hasUpdated) {
      this.#updatePending = true;
      this.#scheduleUpdate();
    }
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const elementClass = this.constructor as typeof ReactiveElement;
    const name = attributeProperties.get(elementClass)?.get(attribute);
    if (!name || this.#settingFromAttribute === name) return;
    const type = elementClass.properties[name].type;
    this.#settingFromAttribute = name;
    (this as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : value === null ? undefined : type === Number ? Number(value) : value;
    this.#settingFromAttribute = undefined;
  }

  /** Records a changed property and schedules one update for all changes made in this task. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#updating) return;
    this.#updatePending = true;
    this.#scheduleUpdate();
  }

  #scheduleUpdate(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#updatePromise = Promise.resolve().then(() => {
      this.#scheduled = false;
      this.#performUpdate();
    });
  }

  #performUpdate(): void {
    if (!this.#updatePending || !this.isConnected) return;
    for (const [name, value] of this.#earlyValues) (this as Record<string, unknown>)[name] = value;
    this.#earlyValues.clear();
    this.#updating = true;
    // willUpdate() names again what the coming render waits for, if anything.
    this.#waiting = undefined;
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      this.#changed = new Map();
      this.#updatePending = false;
      this.#reflectAttributes(changed);
      this.#place(this.render());
    } finally {
      this.#updating = false;
    }
    this.hasUpdated = true;
    this.updated(changed);
  }

  /** Puts the rendered nodes in the shadow root; nodes a page added there itself (a style, say) stay. */
  #place(nodes: Node[]): void {
    for (const node of this.#rendered) if (!nodes.includes(node)) node.parentNode?.removeChild(node);
    if (nodes.some((node) => node.parentNode !== this.renderRoot)) this.renderRoot.append(...nodes);
    this.#rendered = nodes;
  }

  #reflectAttributes(changed: ChangedProperties): void {
    const elementClass = this.constructor as typeof ReactiveElement;
    for (const name of changed.keys()) {
      const declaration = elementClass.properties[name as string];
      if (!declaration?.reflect || this.#settingFromAttribute === name) continue;
      const attribute = declaration.attribute || (name as string).toLowerCase();
      const value = this.#values.get(name as string);
      if (value === undefined || value === null || value === false) this.removeAttribute(attribute);
      else if (this.getAttribute(attribute) !== String(value)) this.setAttribute(attribute, String(value));
    }
  }

  /** Resolves when no update is pending: the element has rendered its latest properties. */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  protected async getUpdateComplete(): Promise<boolean> {
    while (this.isConnected && (this.#updatePending || this.#waiting)) await (this.#waiting ?? this.#updatePromise);
    return !this.#updatePending;
  }

  /** Updates again once `promise` settles, e.g. a file the next render needs; updateComplete waits for it. */
  protected updateAfter(promise: Promise<unknown>): void {
    const settle = () => {
      if (this.#waiting === waiting) this.#waiting = undefined;
      this.requestUpdate();
    };
    const waiting: Promise<unknown> = promise.then(settle, settle);
    this.#waiting = waiting;
  }

  protected willUpdate(_changed: ChangedProperties): void {}
  protected updated(_changed: ChangedProperties): void {}
  /** The element's nodes in its shadow root after this update: nodes kept from the last update stay where they are. */
  protected abstract render(): Node[];
}
