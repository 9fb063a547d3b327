import { startEarlyPage } from './features/reader/earlyPage';

/** The app waits this long at most for the early page before it loads anyway. */
const EARLY_PAGE_WAIT_MS = 1500;

// A reader address draws its page first (earlyPage.ts); the app's large modules are evaluated after that, since
// both need the main thread. Any other address loads the app at once.
const early = startEarlyPage(window.location.hash);
void Promise.race([early, new Promise((resolve) => window.setTimeout(resolve, EARLY_PAGE_WAIT_MS))])
  .then(() => import('./mountApp'))
  .then(({ mountApp }) => mountApp());
