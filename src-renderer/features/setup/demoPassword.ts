/**
 * The password of every demo account (src-main/domains/demo). demo.seed does not return it, so the
 * renderer names it here; it is demo data only, never a real account.
 */
export const DEMO_PASSWORD = 'demo-2026';
