// Types of first-screen-contract.mjs (literal types: an editor shows the value where a name is used).
export const SLOT_START: '<!--first-screen-->';
export const SLOT_END: '<!--/first-screen-->';
export const DEFERRED_TEMPLATE_ID: 'after-first-paint';
export const BOOT_STATUS_CLASS: 'boot-status';
export const FIRST_SCREEN_ATTRIBUTE: 'data-first-screen';
export const FIRST_SCREEN_KEY: 'firstScreen';
export const LIVE_ATTRIBUTE: 'data-live';
export const LIVE_KEY: 'live';
export const OPENING_ATTRIBUTE: 'data-opening';
export const OPENING_KEY: 'opening';
export const LINK_OPENING_CLASS: 'link-opening';
export function bootScriptName(sha256Hex: string): string;
export const BOOT_SCRIPT_FILE: RegExp;
export function bootScriptTag(name: string): string;
export const BOOT_SCRIPT_TAG: RegExp;
export function cspMeta(policy: string): string;
export const CSP_META: RegExp;
export function screenIdPrefix(lang: string): string;
