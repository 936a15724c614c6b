/**
 * The terms of use and privacy notice in force. Bump it when the texts in
 * views/auth/terms-text.hbs change: everyone accepts the new version at their next sign-in.
 */
export const CURRENT_TERMS_VERSION = '2026-11-01';
