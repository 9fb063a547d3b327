import {
  ApartmentOutlined,
  BarChartOutlined,
  CloudSyncOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  SearchOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type Area = 'cases' | 'search' | 'reading' | 'courtroom' | 'centre' | 'performance' | 'sync' | 'settings' | 'ledger';

/** The left navigation; `cases`, `search` (卷宗检索) and `reading` (阅卷) are built, the rest show an honest "coming" page. */
export const NAV_ITEMS: { key: Area; icon: ReactNode; ready: boolean }[] = [
  { key: 'cases', icon: <FolderOpenOutlined />, ready: true },
  { key: 'search', icon: <SearchOutlined />, ready: true },
  { key: 'reading', icon: <ReadOutlined />, ready: true },
  { key: 'courtroom', icon: <FileSearchOutlined />, ready: true },
  { key: 'centre', icon: <ApartmentOutlined />, ready: true },
  { key: 'ledger', icon: <ScheduleOutlined />, ready: true },
  { key: 'performance', icon: <BarChartOutlined />, ready: false },
  { key: 'sync', icon: <CloudSyncOutlined />, ready: false },
  { key: 'settings', icon: <SettingOutlined />, ready: true },
];

export const isArea = (s: string | undefined): s is Area => NAV_ITEMS.some((i) => i.key === s);
