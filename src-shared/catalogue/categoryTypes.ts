import type { Volume } from '../contract/calls/documentCalls';
import type { CaseStage, Procedure } from '../domain/caseStages';

/**
 * How a category is recognised from a document's title and first page. Every phrase is compared after
 * removing whitespace (OCR spacing), so '民 事 起 诉 状' matches '起诉状'.
 */
export interface CategoryRules {
  /** Title keywords: a match in the title (or in the heading of the first page) is strong evidence. */
  title: string[];
  /** Phrases typical of the first page's body: weaker evidence, each adds a little. */
  text: string[];
  /** A title keyword that only counts together with one of the words (searched in title + first page). */
  combos?: [titleKeyword: string, words: string[]][];
  /** Title words that rule the category out (a 判决书「签发稿」 is not the 正卷 judgment). */
  not?: string[];
}

/** When a category must be in the dossier (the completeness check). */
export interface Requirement {
  /** Required once the case has reached this stage (caseStages order). */
  from: CaseStage;
  /** Only for these procedures (e.g. 合议庭评议笔录 only where a collegiate panel sits). */
  procedures?: Procedure[];
  /** Only when a party is an organisation (its 法定代表人身份证明书). */
  organisationParty?: boolean;
  /** Any one category of the same group satisfies it (判决书 or 调解书/撤诉: one outcome). */
  group?: string;
  /** Why, for the people who maintain this table. */
  why: string;
}

/** Documents of this category are served on the parties and need a service proof (送达回证). */
export interface Service {
  /** The stage in which they are served: a missing proof is a warning up to it and an error after it. */
  stage: CaseStage;
  /** Words a 送达回证 names these documents by (送达文书名称). */
  words: string[];
}

export interface CategoryDef {
  name: string;
  volume: Volume;
  /** Pages get volume page numbers; 封面, 卷内目录, 备考表 and 卷底 carry none. */
  numbered: boolean;
  /** Made by the volume export (封面, 卷内目录, 备考表, 卷底): a paper one may still be scanned in. */
  generated?: boolean;
  required?: Requirement;
  served?: Service;
  /** This category holds service proofs (送达回证) for served documents. */
  proof?: boolean;
  /** Older or other-type names that mean this category (the demo files 起诉书 of a 刑初 case as 起诉状). */
  aliases?: string[];
  rules: CategoryRules;
  /** Set on the lists of case types other than 民初 where an entry was adapted, for reviewers. */
  adapted?: string;
}
