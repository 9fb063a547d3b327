import type { ThemeConfig } from 'antd';

/** Court Desk's look: a calm court blue, compact-but-readable controls, CJK-friendly fonts. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e8c',
    colorLink: '#1f5fae',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { siderBg: '#0f2744', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0f2744', darkSubMenuItemBg: '#0f2744', darkItemSelectedBg: '#1f4e8c' },
    Table: { headerBg: '#f5f7fa', headerColor: '#3d4a5c', rowHoverBg: '#f0f5ff' },
    Card: { headerFontSize: 15 },
  },
};
