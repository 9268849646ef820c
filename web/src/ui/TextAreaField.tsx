/** @module A labelled textarea, laid out as TextField lays out an input: the label above, the value kept by the caller. */
import type { TextareaHTMLAttributes } from 'react';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>;

interface TextAreaFieldProps extends TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

export function TextAreaField({ label, value, onChange, testId, ...textarea }: TextAreaFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <textarea {...textarea} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
