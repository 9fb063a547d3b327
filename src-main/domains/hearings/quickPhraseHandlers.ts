import type { QuickPhrase } from '../../../src-shared/contract/calls/transcriptCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { DEFAULT_QUICK_PHRASES } from '../../../src-shared/domain/hearing';
import type { Database } from '../../db/openDatabase';
import type { Handler } from '../../services/callContext';

interface Row { id: string; user_id: string; hotkey: QuickPhrase['hotkey']; text: string; position: number; deleted_at: string | null; version: number }

const phrasesOf = (db: Database, userId: string): QuickPhrase[] =>
  (db.prepare('SELECT id, hotkey, text, position, version FROM quick_phrases WHERE user_id = ? AND deleted_at IS NULL ORDER BY position, id').all(userId) as QuickPhrase[]);

const SUGGESTED = DEFAULT_QUICK_PHRASES.map((text, i) => ({ hotkey: `F${i + 1}` as QuickPhrase['hotkey'], text }));

function userOf(userId: string | null | undefined): string {
  if (!userId) throw new CallFailure('FORBIDDEN', '只有登录的用户才有常用语');
  return userId;
}

export const list: Handler<'quickPhrases.list'> = (_input, ctx) => {
  const items = phrasesOf(ctx.app.db, userOf(ctx.actor?.userId));
  return { items, suggested: items.length === 0 ? SUGGESTED : [] };
};

/** Saves the clerk's own phrases in one write; a hotkey belongs to one phrase at a time. */
export const save: Handler<'quickPhrases.save'> = ({ changes }, ctx) => {
  const db = ctx.app.db;
  const userId = userOf(ctx.actor?.userId);
  const ids = changes.map((c) => (c.op === 'upsert' ? c.phrase.id : c.id));
  if (new Set(ids).size !== ids.length) throw new CallFailure('VALIDATION', '同一批次中同一条常用语只能出现一次');
  const existing = new Map((db.prepare('SELECT * FROM quick_phrases WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Row[]).map((r) => [r.id, r]));

  // The hotkeys after the batch: the stored ones, with this batch's changes applied.
  const hotkeys = new Map<string, string | null>(phrasesOf(db, userId).map((p) => [p.id, p.hotkey]));
  changes.forEach((c, i) => {
    const old = existing.get(ids[i]!);
    const base = c.op === 'upsert' ? c.phrase.baseVersion : c.baseVersion;
    if (!old && (c.op === 'delete' || base !== 0)) throw new CallFailure('NOT_FOUND', '常用语不存在');
    if (old && old.version !== base) throw new CallFailure('CONFLICT', '常用语已在别处被修改，请刷新后重试');
    if (old && old.user_id !== userId) throw new CallFailure('FORBIDDEN', '只能修改本人的常用语');
    if (c.op === 'delete') hotkeys.delete(c.id);
    else hotkeys.set(c.phrase.id, c.phrase.hotkey);
  });
  const taken = [...hotkeys.values()].filter((k): k is string => k !== null);
  const dup = taken.find((k, i) => taken.indexOf(k) !== i);
  if (dup) throw new CallFailure('VALIDATION', `快捷键 ${dup} 已分配给另一条常用语`, [{ path: ['changes'], message: '快捷键重复' }]);

  const now = ctx.app.now().toISOString();
  ctx.write(null, (tx) => {
    changes.forEach((c, i) => {
      const old = existing.get(ids[i]!);
      if (c.op === 'delete') {
        if (old!.deleted_at === null) tx.update('quick_phrase', c.id, { deleted_at: now }, c.baseVersion);
        return;
      }
      const p = c.phrase;
      if (old) tx.update('quick_phrase', p.id, { hotkey: p.hotkey, text: p.text, position: p.position, deleted_at: null }, p.baseVersion);
      else tx.insert('quick_phrase', p.id, { user_id: userId, hotkey: p.hotkey, text: p.text, position: p.position, deleted_at: null });
    });
  });
  return { items: phrasesOf(db, userId) };
};
