import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Space, Tooltip, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindState } from './useFind';

/**
 * The find bar (Ctrl+F): Enter finds, or goes to the next hit when the text has not changed; Shift+Enter goes
 * back; "第 3 / 12 处" counts the hits; Esc closes it.
 */
export function FindBar({ find, focusNonce, onClose }: { find: FindState; focusNonce: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(find.query);
  const input = useRef<InputRef>(null);
  useEffect(() => {
    input.current?.focus({ cursor: 'all' });
  }, [focusNonce]);

  const enter = (back: boolean) => {
    if (find.searched !== null && text.trim() === find.searched.trim()) find.move(back ? -1 : 1);
    else void find.search(text);
  };
  const count =
    find.searched === null
      ? ''
      : find.hits.length === 0
        ? t('readerPlus.findNone')
        : t('readerPlus.findCount', { current: find.index + 1, total: find.hits.length });
  return (
    <Space size={4} className="cd-find-bar" data-testid="find-bar">
      <Input
        ref={input}
        size="small"
        allowClear
        value={text}
        placeholder={t('readerPlus.findPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            enter(e.shiftKey);
          } else if (e.key === 'Escape') onClose();
        }}
        style={{ width: 180 }}
        data-testid="find-input"
      />
      <Typography.Text type={find.error ? 'danger' : 'secondary'} className="cd-nums cd-find-count" data-testid="find-count">
        {find.error ?? count}
      </Typography.Text>
      <Tooltip title={t('readerPlus.findPrev')}>
        <Button size="small" icon={<UpOutlined />} disabled={!find.hits.length} onClick={() => find.move(-1)} aria-label={t('readerPlus.findPrev')} data-testid="find-prev" />
      </Tooltip>
      <Tooltip title={t('readerPlus.findNext')}>
        <Button size="small" icon={<DownOutlined />} disabled={!find.hits.length} onClick={() => find.move(1)} aria-label={t('readerPlus.findNext')} data-testid="find-next" />
      </Tooltip>
      <Button size="small" type="text" icon={<CloseOutlined />} onClick={onClose} aria-label={t('readerPlus.findClose')} data-testid="find-close" />
    </Space>
  );
}
