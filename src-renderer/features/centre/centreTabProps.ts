import type { User } from '../../../src-shared/contract/schemas';

/** What every tab of the centre gets. */
export interface CentreTabProps {
  user: User;
  navigate: (path: string) => void;
  /** Route segments after `#/centre/<tab>/`. */
  path: string[];
}
