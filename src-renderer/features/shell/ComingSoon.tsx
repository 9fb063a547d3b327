import { Button, Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area } from './navItems';

/** An honest placeholder for an area not built yet. */
export function ComingSoon({ area, onBack }: { area: Area; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Card className="cd-page-card" data-testid="coming-soon">
      <Empty
        style={{ padding: '64px 0' }}
        description={
          <>
            <Typography.Title level={5}>{t('soon.title')}</Typography.Title>
            <Typography.Text type="secondary">{t(`soon.${area}`)}</Typography.Text>
          </>
        }
      >
        <Button onClick={onBack}>{t('soon.back')}</Button>
      </Empty>
    </Card>
  );
}
