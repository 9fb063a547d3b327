import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Table, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../../src-shared/contract/calls/calendarCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { readYearTable } from './readYearTable';

/**
 * 节假日数据: the years the deadline engine knows (built into chinese-days or imported), a warning for the
 * current or next year without data, and, for the administrator, the import of a year from a JSON file.
 */
export function HolidayDataSection({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const years = useLoad(() => api.calendar.years(), []);

  const importFile = async (file: File) => {
    try {
      const table = readYearTable(await file.text());
      const saved = await api.calendar.importYear(table);
      void message.success(t('calendar.imported', { year: saved.year, holidays: saved.holidays, workdays: saved.workdays }));
      years.reload();
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const rows = [...(years.data?.years ?? [])].reverse();
  const columns = [
    { title: t('calendar.year'), dataIndex: 'year', key: 'year', width: 100 },
    {
      title: t('calendar.source'), key: 'source',
      render: (_: unknown, y: CalendarYear) => y.source === 'imported'
        ? <Tag color="green">{y.overridesBuiltIn ? t('calendar.importedOverride') : t('calendar.importedTag')}</Tag>
        : <Tag>{t('calendar.builtIn')}</Tag>,
    },
    { title: t('calendar.holidays'), dataIndex: 'holidays', key: 'holidays', width: 120 },
    { title: t('calendar.workdays'), dataIndex: 'workdays', key: 'workdays', width: 140 },
    {
      title: t('calendar.importedAt'), key: 'importedAt',
      render: (_: unknown, y: CalendarYear) => (y.importedAt ? new Date(y.importedAt).toLocaleString() : '—'),
    },
  ];

  return (
    <Card
      className="cd-page-card"
      title={t('calendar.title')}
      data-testid="holiday-data"
      extra={canImport ? (
        <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(file) => { void importFile(file); return false; }}>
          <Button icon={<UploadOutlined />} data-testid="holiday-import">{t('calendar.import')}</Button>
        </Upload>
      ) : null}
    >
      {years.error ? <LoadError error={years.error} onRetry={years.reload} /> : null}
      {years.data && years.data.missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="holiday-missing"
          style={{ marginBottom: 16 }}
          title={t('calendar.missing', { years: years.data.missing.join('、') })}
          description={canImport ? t('calendar.missingAdmin') : t('calendar.missingOther')}
        />
      ) : null}
      <Typography.Paragraph type="secondary">
        {t('calendar.about', { first: years.data?.builtInRange.first ?? '', last: years.data?.builtInRange.last ?? '' })}
      </Typography.Paragraph>
      {canImport ? <Typography.Paragraph type="secondary">{t('calendar.format')}</Typography.Paragraph> : null}
      <Table
        rowKey="year"
        size="small"
        loading={years.loading}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        data-testid="holiday-years"
      />
    </Card>
  );
}
