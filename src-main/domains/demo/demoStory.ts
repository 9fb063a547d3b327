import type { CaseType } from '../../../src-shared/domain/caseNumber';
import type { Procedure } from '../../../src-shared/domain/caseStages';
import type { ChineseParagraph } from '../../pdf/chineseDocument';
import type { DemoParty, PeopleFactory, Rng } from './demoPeople';

/** One demo case's facts, shared by all its documents so they tell the same story. */
export class Story {
  private readonly fixed = new Map<string, unknown>();
  amount: number | null = null;

  constructor(
    readonly rng: Rng,
    readonly caseType: CaseType,
    readonly cause: string,
    readonly procedure: Procedure,
    readonly plaintiffs: DemoParty[],
    readonly defendants: DemoParty[],
    /** The filing instant. */
    readonly filed: Date,
  ) {}

  /** A value drawn once per case: every document that asks for `key` gets the same one. */
  fix<T>(key: string, make: () => T): T {
    if (!this.fixed.has(key)) this.fixed.set(key, make());
    return this.fixed.get(key) as T;
  }

  /** A date `days` days before the filing date, drawn once per key. */
  before(key: string, minDays: number, maxDays: number): Date {
    return this.fix(key, () => new Date(this.filed.getTime() - this.rng.int(minDays, maxDays) * 86_400_000));
  }

  get p(): string {
    return this.plaintiffs[0]!.name;
  }

  get d(): string {
    return this.defendants[0]!.name;
  }

  /**
   * An amount for the procedure: small claims stay small, ordinary cases are large. Rounded to `step`.
   * Special-procedure and enforcement cases take the ordinary range.
   */
  scaled(ranges: Record<'small_claims' | 'simplified' | 'ordinary', [number, number]>, step = 100): number {
    const p = this.procedure;
    const [min, max] = ranges[p === 'small_claims' || p === 'simplified' ? p : 'ordinary'];
    return Math.round(this.rng.int(min, max) / step) * step;
  }
}

/** What makes one cause (案由) read true: who the parties are, what is claimed, and what each side says. */
export interface CauseSpec {
  cause: string;
  caseType: CaseType;
  cast(f: PeopleFactory, r: Rng): { plaintiffs: DemoParty[]; defendants: DemoParty[] };
  amount(s: Story): number | null;
  /** Title of the initiating document; 民事起诉状 by default. */
  complaintTitle?: string;
  /** Heading of the claims section; 诉讼请求 by default. */
  claimsHeading?: string;
  claims(s: Story): string[];
  facts(s: Story): string[];
  evidence(s: Story): [item: string, purpose: string][];
  defence(s: Story): string[];
  /** Which defendant files the answer (答辩状); 0 by default. */
  answeredBy?: number;
  focus(s: Story): string;
  /** Replaces the whole initiating document body (a 起诉书 of the procuratorate reads differently). */
  customComplaint?(s: Story): ChineseParagraph[];
}

export const LAW_CLOSING = '为维护原告的合法权益，特依据《中华人民共和国民事诉讼法》第一百二十二条之规定向贵院提起诉讼，望判如所请。';

/** Paragraph helpers for the PDF writer: flush left (an addressee, a heading) and flush right (a signature, a date). */
export const left = (text: string): ChineseParagraph => ({ text, align: 'left' });
export const right = (text: string): ChineseParagraph => ({ text, align: 'right' });
