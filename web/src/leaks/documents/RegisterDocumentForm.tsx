/**
 * @module Registering a confidential document: the file (text, Markdown, HTML, PDF or DOCX, whose text the server
 * reads), a title, how confidential it is and optionally its owner. The answer links to the new document, where it
 * is distributed, and warns when the very same file was registered before.
 */
import { type FormEvent, useState } from 'react';
import { seg, withQuery } from '../../api/client';
import { type LeakClassification, leakClassifications, type RegisteredDocument } from '../../api/leak-types';
import { type UploadProgress, uploadFile } from '../../api/upload';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/language';
import { FileField } from '../../ui/FileField';
import { ErrorMessage } from '../../ui/feedback';
import { Progress } from '../../ui/progress';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

/** What the file picker offers; the server decides by the content, these only narrow the dialog. */
const accepted = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,text/*,application/pdf';

/** The file's name without its extension: the title most people would give it. */
const titleOf = (fileName: string) => fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');

export function RegisterDocumentForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [title, setTitle] = useState('');
  const [classification, setClassification] = useState<LeakClassification>('confidential');
  const [owner, setOwner] = useState('');
  const [language, setLanguage] = useState<'' | 'en' | 'zh'>('');
  const [progress, setProgress] = useState<UploadProgress>();
  const [registered, setRegistered] = useState<RegisteredDocument>();
  const { run, busy, error } = useAction();

  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    if (chosen && !title.trim()) setTitle(titleOf(chosen.name));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !title.trim()) return;
    setRegistered(undefined);
    void run(async () => {
      const url = withQuery('/api/leaks/documents', {
        title: title.trim(),
        fileName: file.name,
        classification,
        owner: owner.trim(),
        language,
      });
      setRegistered(await uploadFile<RegisteredDocument>(url, file, setProgress));
      setFile(undefined);
      setTitle('');
      setOwner('');
      onRegistered();
    });
  };

  return (
    <section className="panel">
      <h2>{t('register.title')}</h2>
      <p className="muted">{t('register.hint')}</p>
      <form className="register-form" onSubmit={submit}>
        <FileField
          // A new key clears the picker once the file is registered.
          key={registered?.document.id}
          label={t('register.file')}
          accept={accepted}
          testId="register-file"
          required
          onChange={choose}
        />
        <TextField
          label={t('register.documentTitle')}
          testId="register-title"
          value={title}
          maxLength={300}
          onChange={setTitle}
          required
        />
        <SelectField
          label={t('leaks.classification')}
          testId="register-classification"
          value={classification}
          options={leakClassifications.map((name) => ({ value: name, label: t(`classification.${name}`) }))}
          onChange={setClassification}
        />
        <SelectField
          label={t('leaks.language')}
          testId="register-language"
          value={language}
          options={[
            { value: '', label: t('register.detectLanguage') },
            { value: 'en', label: t('language.en') },
            { value: 'zh', label: t('language.zh') },
          ]}
          onChange={setLanguage}
        />
        <TextField
          label={t('register.owner')}
          testId="register-owner"
          value={owner}
          maxLength={100}
          onChange={setOwner}
        />
        <button type="submit" className="primary" data-testid="register-submit" disabled={busy || !file}>
          {busy ? t('common.working') : t('register.submit')}
        </button>
      </form>
      {busy && progress && file && (
        <Progress
          label={t('imports.uploading', { file: file.name })}
          done={progress.sent}
          total={progress.total}
          unit="bytes"
        />
      )}
      <ErrorMessage error={error} />
      {registered && !busy && <Registered registered={registered} />}
    </section>
  );
}

function Registered({ registered: { document, sameFile } }: { registered: RegisteredDocument }) {
  const { t } = useI18n();
  return (
    <div className="stack register-outcome">
      <p className="status status-done" role="status" data-testid="register-done">
        {t('register.done', { title: document.title, id: document.id })}{' '}
        <Link to={`/leaks/${seg(document.id)}`} data-testid="register-open">
          {t('register.open')}
        </Link>
      </p>
      {sameFile.length > 0 && (
        <p className="hint-warning" data-testid="register-same-file">
          {t('register.sameFile', { ids: sameFile.map((earlier) => earlier.id).join(', ') })}
        </p>
      )}
    </div>
  );
}
