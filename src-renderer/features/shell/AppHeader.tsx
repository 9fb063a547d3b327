import { BankOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Divider, Input, Layout, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../src-shared/contract/schemas';
import { ROLE_LABELS } from '../../../src-shared/domain/roles';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useLabels } from '../../i18n/useLabels';
import { NotificationBell } from '../notifications/NotificationBell';

/** Court name on the left; full-text search of the dossiers; the user, role, language and log out on the right. */
export function AppHeader({
  courtName,
  user,
  onLogout,
  onSearch,
}: {
  courtName: string;
  user: User;
  onLogout: () => void;
  onSearch: (query: string) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [query, setQuery] = useState('');
  return (
    <Layout.Header className="cd-header">
      <div className="cd-header-court">
        <BankOutlined />
        <Typography.Text strong ellipsis data-testid="court-name">
          {courtName}
        </Typography.Text>
      </div>
      <Input.Search
        className="cd-header-search"
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onSearch={(q) => {
          if (!q.trim()) return;
          onSearch(q.trim());
          setQuery('');
        }}
        placeholder={t('search.header')}
        aria-label={t('search.header')}
        data-testid="header-search"
      />
      <div className="cd-header-right">
        <span className="cd-header-user" data-testid="current-user">
          <Avatar size="small" icon={<UserOutlined />} className="cd-avatar" />
          <Typography.Text>{user.displayName}</Typography.Text>
          <Tag variant="filled" color="blue" style={{ marginInlineEnd: 0 }}>
            {label(ROLE_LABELS[user.role])}
          </Tag>
        </span>
        <NotificationBell />
        <Divider orientation="vertical" />
        <LanguageSwitch />
        <Divider orientation="vertical" />
        <Button type="text" icon={<LogoutOutlined />} onClick={onLogout}>
          {t('header.logout')}
        </Button>
      </div>
    </Layout.Header>
  );
}
