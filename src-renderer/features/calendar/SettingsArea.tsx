import { Space } from 'antd';
import type { User } from '../../../src-shared/contract/schemas';
import { roleMay } from '../../../src-shared/domain/permissions';
import { DeadlineCalculator } from './DeadlineCalculator';
import { HolidayDataSection } from './HolidayDataSection';
import { SigningSettingsSection } from '../signing/SigningSettingsSection';

/**
 * 系统设置 (`#/settings`): the holiday data behind every deadline (everyone sees which years are covered; the
 * administrator imports missing years) and a calculator for one period.
 */
export function SettingsArea({ user }: { user: User }) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="settings-area">
      <HolidayDataSection canImport={roleMay(user.role, 'settings.write')} />
      <DeadlineCalculator />
      <SigningSettingsSection canEdit={roleMay(user.role, 'settings.write')} />
    </Space>
  );
}
