import { useMemo } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { checkExpression, type ExpectedType, type ExprScope } from '../../../runtime/expr';
import { TextField } from './TextField';

export interface ExpressionFieldProps {
  name: string;
  label: string;
  value: string | undefined;
  onCommit(value: string | undefined): void;
  /** Customer attributes and journey variables the expression may use. */
  scope: ExprScope;
  /** What it must evaluate to: a guard is a bool, an emotion or a probability a number. */
  expect: ExpectedType;
  optional?: boolean;
  placeholder?: string;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
}

/** A CEL expression, checked as you type (syntax, names, types) with the problem's position. */
export function ExpressionField(props: ExpressionFieldProps) {
  const { scope, expect } = props;
  return <TextField {...props} inputClass="ji-input-code" noteFor={(draft) => <ExpressionNote text={draft} scope={scope} expect={expect} />} />;
}

/** The problems of an expression being typed, each with its column and the text underlined. */
export function ExpressionNote({ text, scope, expect }: { text: string; scope: ExprScope; expect: ExpectedType }) {
  const problems = useMemo(() => (text.trim() === '' ? [] : checkExpression(scope, text, expect)), [text, scope, expect]);
  if (text.trim() === '') return null;
  if (problems.length === 0) {
    return (
      <div className="ji-note ji-note-ok" data-testid="expr-ok">
        ✓ valid {expect === 'any' ? 'expression' : expect === 'bool' ? 'condition' : 'number'}
      </div>
    );
  }
  return (
    <div className="ji-note ji-note-error" role="status" data-testid="expr-problem">
      {problems.map((p, i) => (
        <div key={i}>
          <div className="ji-expr-mirror">
            {text.slice(0, p.offset)}
            <mark>{text.slice(p.offset, p.offset + Math.max(1, p.length)) || ' '}</mark>
            {text.slice(p.offset + Math.max(1, p.length))}
          </div>
          <div>
            <span className="ji-note-pos">col {p.offset + 1}:</span> {p.message}
          </div>
        </div>
      ))}
    </div>
  );
}
