import { z } from 'zod';

// Set once, before any schema of the contract is built (defineCall imports this first):
// - jitless: zod would otherwise probe `new Function`, which the renderer's CSP (no 'unsafe-eval') forbids;
// - Chinese validation messages on both sides of the boundary.
z.config({ jitless: true });
z.config(z.locales.zhCN());
