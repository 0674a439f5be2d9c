import type { Lang } from '../domain/schema/vocabulary';

/** A namespace's strings: nested objects whose leaves are strings. */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** `{{name}}` placeholders' values (an undefined one reads as nothing). */
export type Values = Readonly<Record<string, string | number | undefined>>;

/** Every dotted path to a string leaf of `T`: `app.title`. */
export type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * The app's strings: one plain namespace ('translation', whose keys are used as they are) and named
 * ones (`ns:key`). `Key` is the union of keys a translate function accepts.
 */
export type Translate<Key extends string = string> = (key: Key, values?: Values) => string;

type Listener = (lang: Lang) => void;

const NS_SEPARATOR = ':';
const DEFAULT_NS = 'translation';
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * The UI strings of the languages loaded so far, and the one the UI renders in. The app's own
 * replacement for i18next, of which it used only this: nested keys, namespaces, `{{name}}`
 * placeholders, a language switch with an event. i18next cost the first download 12 KB (gzip)
 * and a share of every render's time (issue 26).
 *
 * A missing key reads as itself (without its namespace), as i18next's did; a placeholder without
 * a value reads as nothing. Values are put in once, never read for placeholders of their own (data
 * with braces stays as it is).
 */
export class Translator<Key extends string = string> {
  private readonly bundles = new Map<string, StringTree>();
  private readonly listeners = new Set<Listener>();

  constructor(private current: Lang) {}

  /** The language the UI renders in. */
  get language(): Lang {
    return this.current;
  }

  hasResourceBundle(lang: Lang, ns: string): boolean {
    return this.bundles.has(bundleKey(lang, ns));
  }

  addResourceBundle(lang: Lang, ns: string, strings: object): void {
    this.bundles.set(bundleKey(lang, ns), strings as StringTree);
  }

  /** Switches the language and tells the listeners (once per change). */
  changeLanguage(lang: Lang): Promise<void> {
    if (lang !== this.current) {
      this.current = lang;
      for (const listener of [...this.listeners]) listener(lang);
    }
    return Promise.resolve();
  }

  onLanguageChanged(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  exists(key: string, lang: Lang = this.current): boolean {
    return this.lookup(lang, key) !== undefined;
  }

  /** A translate function for `lang`; it reads the bundles when called, so it sees later ones. */
  getFixedT(lang: Lang): Translate<Key> {
    return (key, values) => {
      const found = this.lookup(lang, key);
      if (found === undefined) return keyPart(key);
      return values ? interpolate(found, values) : found;
    };
  }

  /** Translates in the current language. */
  readonly t: Translate<Key> = (key, values) => this.getFixedT(this.current)(key, values);

  private lookup(lang: Lang, key: string): string | undefined {
    const split = key.indexOf(NS_SEPARATOR);
    const ns = split < 0 ? DEFAULT_NS : key.slice(0, split);
    let node: string | StringTree | undefined = this.bundles.get(bundleKey(lang, ns));
    for (const part of keyPart(key).split('.')) {
      if (node === undefined || typeof node === 'string') return undefined;
      node = Object.hasOwn(node, part) ? node[part] : undefined;
    }
    return typeof node === 'string' ? node : undefined;
  }
}

const bundleKey = (lang: Lang, ns: string) => `${lang}${NS_SEPARATOR}${ns}`;

const keyPart = (key: string) => key.slice(key.indexOf(NS_SEPARATOR) + 1);

function interpolate(text: string, values: Values): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? '' : String(value);
  });
}
