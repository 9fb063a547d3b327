import './zodSetup';
import type { z } from 'zod';
import type { ErrorCode } from './errors';
import type { Permission } from '../domain/permissions';

/**
 * Who may make a call:
 * - `public`: anyone who reached the door (log in, status);
 * - `session`: any logged-in user, whatever the role;
 * - `bootstrap`: anyone while the data folder has no users yet, else the named permission;
 * - a permission: a logged-in user whose role holds it (see domain/permissions).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'session' }
  | { kind: 'permission'; permission: Permission }
  | { kind: 'bootstrap'; permission: Permission };

export interface CallDef<Name extends string = string, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: Name;
  /** What the call does, in Chinese, for the CLI help and the audit viewer. */
  summary: string;
  access: Access;
  input: I;
  output: O;
  /** Error codes the handler itself may return, beyond those every call may return. */
  errors: readonly ErrorCode[];
  /** A valid input; the contract tests use it to walk the role matrix. */
  example: z.input<I>;
  /** True when the call changes data (goes through the write path and the audit log). */
  writes: boolean;
}

export function defineCall<const Name extends string, I extends z.ZodType, O extends z.ZodType>(
  def: CallDef<Name, I, O>,
): CallDef<Name, I, O> {
  return def;
}

export const publicAccess: Access = { kind: 'public' };
export const sessionAccess: Access = { kind: 'session' };
export const needs = (permission: Permission): Access => ({ kind: 'permission', permission });
