import {
  ApartmentOutlined,
  BarChartOutlined,
  CloudSyncOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  SearchOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type Area = 'cases' | 'search' | 'reading' | 'courtroom' | 'centre' | 'performance' | 'sync';

/** The left navigation; `cases` and `search` (卷宗检索) are built, the rest show an honest "coming" page. */
export const NAV_ITEMS: { key: Area; icon: ReactNode; ready: boolean }[] = [
  { key: 'cases', icon: <FolderOpenOutlined />, ready: true },
  { key: 'search', icon: <SearchOutlined />, ready: true },
  { key: 'reading', icon: <ReadOutlined />, ready: false },
  { key: 'courtroom', icon: <FileSearchOutlined />, ready: false },
  { key: 'centre', icon: <ApartmentOutlined />, ready: false },
  { key: 'performance', icon: <BarChartOutlined />, ready: false },
  { key: 'sync', icon: <CloudSyncOutlined />, ready: false },
];

export const isArea = (s: string | undefined): s is Area => NAV_ITEMS.some((i) => i.key === s);
