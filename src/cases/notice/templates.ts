/**
 * @module The internal notices a workspace starts with, in English and 简体中文: what an admin edits. Plain text
 * with Markdown headings; sections around optional values drop their line when the value is empty.
 */
import type { NoticeLanguage } from '../../model/index.js';

const en = `# Internal notice: disciplinary decision concerning {{person.name}}

To all staff,

Following an investigation, the Ethics Committee has found that {{person.name}}{{#person.nameEn}} ({{person.nameEn}}){{/person.nameEn}} violated company policy. The facts and the committee's decision are set out below.

## 1. The employee

Name: {{person.name}}
{{#person.nameEn}}
English name: {{person.nameEn}}
{{/person.nameEn}}
{{#person.department}}
Department: {{person.department}}
{{/person.department}}
{{#person.role}}
Role: {{person.role}}
{{/person.role}}
Case reference: {{caseId}}

## 2. Policies violated

{{#clauses}}
{{number}}. {{title}}{{#text}}: "{{text}}"{{/text}}
{{/clauses}}

## 3. Facts and reasons

{{summary}}

## 4. Decision

On {{decidedOn}} the Ethics Committee decided on the following measures concerning {{person.name}}:

{{#sanctions}}
{{number}}. {{label}}
{{/sanctions}}

We remind all staff to follow the company's policies and to keep confidential information confidential. Anyone who learns of a breach should report it to the Ethics Committee.

The Ethics Committee
{{decidedOn}}
`;

const zh = `# 关于对{{person.name}}违反公司制度的处理通报

公司各部门、全体员工：

经公司调查核实，{{person.name}}存在违反公司制度的行为。为严肃公司纪律，现将有关情况及处理决定通报如下。

## 一、当事人基本情况

姓名：{{person.name}}
{{#person.nameEn}}
英文名：{{person.nameEn}}
{{/person.nameEn}}
{{#person.department}}
部门：{{person.department}}
{{/person.department}}
{{#person.role}}
职务：{{person.role}}
{{/person.role}}
案件编号：{{caseId}}

## 二、违反的公司制度

经查，{{person.name}}的行为违反了以下公司制度条款：

{{#clauses}}
{{number}}. {{title}}{{#text}}：“{{text}}”{{/text}}
{{/clauses}}

## 三、事实与理由

{{summary}}

## 四、处理决定

公司道德委员会于{{decidedOn}}审议表决，决定对{{person.name}}作出如下处理：

{{#sanctions}}
{{number}}. {{label}}
{{/sanctions}}

希望全体员工引以为戒，严格遵守公司各项规章制度，切实履行保密义务。如发现违反公司制度的行为，请及时向公司道德委员会反映。

特此通报。

公司道德委员会
{{decidedOn}}
`;

/** The notice templates a new workspace starts with. */
export const defaultNoticeTemplates: Record<NoticeLanguage, string> = { en, zh };
