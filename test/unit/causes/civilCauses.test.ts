import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { causeInitials } from '../../../src-shared/domain/causes/causeInitials';
import { CIVIL_CAUSES } from '../../../src-shared/domain/causes/civilCauses';
import { searchCauses } from '../../../src-shared/domain/causes/searchCauses';

const initialsOf = (han: string) => pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' });

describe('civil causes of action (民事案件案由规定)', () => {
  it('lists at least 100 distinct causes, each with a category and part', () => {
    expect(CIVIL_CAUSES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CIVIL_CAUSES.map((c) => c.name)).size).toBe(CIVIL_CAUSES.length);
    for (const c of CIVIL_CAUSES) {
      expect(c.name).toMatch(/^\p{Script=Han}[\p{Script=Han}、]+$/u);
      expect(c.category.length).toBeGreaterThan(1);
      expect(c.part.length).toBeGreaterThan(1);
    }
  });

  it('stores initials that match pinyin-pro for every entry', () => {
    const wrong = CIVIL_CAUSES.filter((c) => c.initials !== causeInitials(c.name, initialsOf)).map((c) => `${c.name}:${c.initials}`);
    expect(wrong).toEqual([]);
    expect(CIVIL_CAUSES.find((c) => c.name === '民间借贷纠纷')?.initials).toBe('mjjdjf');
  });

  it('finds causes by characters and by initials, prefix matches first', () => {
    expect(searchCauses('mjjd').map((c) => c.name)).toEqual(['民间借贷纠纷']);
    expect(searchCauses('MJJD ').map((c) => c.name)).toEqual(['民间借贷纠纷']);
    expect(searchCauses('借贷').map((c) => c.name)).toEqual(['民间借贷纠纷']);
    expect(searchCauses('jdc')[0]!.name).toBe('机动车交通事故责任纠纷');
    const lease = searchCauses('租赁').map((c) => c.name);
    expect(lease[0]).toBe('租赁合同纠纷'); // the name starting with the query comes before 房屋租赁合同纠纷
    expect(lease).toEqual(expect.arrayContaining(['房屋租赁合同纠纷', '融资租赁合同纠纷', '车辆租赁合同纠纷']));
    const divorce = searchCauses('lh').map((c) => c.name);
    expect(divorce.slice(0, 3)).toEqual(['离婚纠纷', '离婚后财产纠纷', '离婚后损害责任纠纷']);
    expect(searchCauses('合同', 5)).toHaveLength(5);
    expect(searchCauses('', 3)).toHaveLength(3);
    expect(searchCauses('不存在的案由')).toEqual([]);
  });
});
