/** @module The internal notice of an adopted decision, in English and 简体中文, from templates an admin can edit. */
export { checkNoticeTemplate } from './check.js';
export { type NoticeInput, renderNotice } from './render.js';
export { defaultNoticeTemplates } from './templates.js';
export { type NoticeVariable, noticeVariables } from './variables.js';
