import { Space } from 'antd';
import type { User } from '../../../src-shared/contract/schemas';
import { roleMay } from '../../../src-shared/domain/permissions';
import { DeadlineCalculator } from '../calendar/DeadlineCalculator';
import { HolidayDataSection } from '../calendar/HolidayDataSection';
import { GeneralSettingsSection } from './GeneralSettingsSection';
import { SigningSettingsSection } from '../signing/SigningSettingsSection';

/**
 * 系统设置 (`#/settings`): the device's settings, the holiday data behind every deadline (everyone sees which
 * years are covered; the administrator imports missing years), a calculator for one period, and the transcript seal.
 */
export function SettingsArea({ user }: { user: User }) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="settings-area">
      <GeneralSettingsSection canEdit={roleMay(user.role, 'settings.write')} />
      <HolidayDataSection canImport={roleMay(user.role, 'settings.write')} />
      <DeadlineCalculator />
      <SigningSettingsSection canEdit={roleMay(user.role, 'settings.write')} />
    </Space>
  );
}
