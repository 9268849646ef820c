/** @module A labelled file picker, laid out like TextField: the label above, the chosen file handed to the caller. */
import type { InputHTMLAttributes } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'>;

interface FileFieldProps extends InputProps {
  label: string;
  onChange: (file: File | undefined) => void;
  testId?: string;
}

export function FileField({ label, onChange, testId, ...input }: FileFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input {...input} type="file" data-testid={testId} onChange={(e) => onChange(e.target.files?.[0])} />
    </label>
  );
}
