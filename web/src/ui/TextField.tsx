/** @module A labelled text input, as every form here lays one out: the label above, the value kept by the caller. */
import type { InputHTMLAttributes } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

export function TextField({ label, value, onChange, testId, ...input }: TextFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input {...input} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
