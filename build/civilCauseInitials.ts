/**
 * Fills in the pinyin initials of src-shared/domain/causes/civilCauses.ts with pinyin-pro, in place. Run once
 * after adding causes: `npx tsx build/civilCauseInitials.ts`. The app never loads pinyin-pro; the committed
 * initials are data, and test/unit/causes checks them against pinyin-pro.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { causeInitials } from '../src-shared/domain/causes/causeInitials';

const pinyinInitials = (han: string): string[] =>
  pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' });

const file = fileURLToPath(new URL('../src-shared/domain/causes/civilCauses.ts', import.meta.url));
const source = readFileSync(file, 'utf8');
let count = 0;
const updated = source.replace(/\['([^']+)', '[a-z]*'\]/g, (_whole, name: string) => {
  count += 1;
  return `['${name}', '${causeInitials(name, pinyinInitials)}']`;
});
writeFileSync(file, updated);
console.log(`${count} causes`);
