import { useState } from 'react';
import type { FiledCase } from '../../../src-shared/contract/calls/filingCalls';
import type { CentreTabProps } from './centreTabProps';
import { FilingForm } from './FilingForm';
import { FilingResult } from './FilingResult';

/** 立案: the filing form; once filed, the new case's number, its due date and 分案. */
export function FilingTab({ navigate }: CentreTabProps) {
  const [filed, setFiled] = useState<FiledCase | null>(null);
  return filed ? (
    <FilingResult filed={filed} onAnother={() => setFiled(null)} onOpen={() => navigate(`/cases/${filed.id}`)} />
  ) : (
    <FilingForm onFiled={setFiled} />
  );
}
