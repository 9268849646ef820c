/** @module The case's tasks: open ones first with a button to mark them done, then the done ones; adding one. */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../api/client';
import type { CaseState } from '../api/types';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { ErrorMessage } from '../ui/feedback';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/use-action';

export function TasksPanel({ state, onChanged }: { state: CaseState; onChanged: () => void }) {
  const { t } = useI18n();
  const canWrite = useCan()('cases:write');
  const [title, setTitle] = useState('');
  const [assignee, setAssignee] = useState('');
  const { run, busy, error } = useAction();
  const path = `/api/cases/${seg(state.id)}/tasks`;
  const tasks = [...state.tasks].sort((a, b) => Number(a.done) - Number(b.done));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    void run(async () => {
      await api.post(path, {
        title: title.trim(),
        ...(assignee.trim() ? { assignee: assignee.trim() } : {}),
      });
      setTitle('');
      setAssignee('');
      onChanged();
    });
  };
  const done = (task: string) =>
    run(async () => {
      await api.post(`${path}/${seg(task)}/done`);
      onChanged();
    });

  return (
    <section className="panel">
      <h2>
        {t('tasks.title')} <span className="count">{state.tasks.filter((task) => !task.done).length}</span>
      </h2>
      {tasks.length === 0 && <p className="muted">{t('tasks.empty')}</p>}
      <ul className="task-list">
        {tasks.map((task) => (
          <li
            key={task.id}
            data-testid="case-task"
            data-done={task.done}
            className={task.done ? 'done' : undefined}
          >
            <span className="task-title">{task.title}</span>
            {task.assignee && <span className="chip">{task.assignee}</span>}
            <span className="muted small">{task.by}</span>
            {task.done ? (
              <span className="status status-done">{t('tasks.done')}</span>
            ) : (
              canWrite && (
                <button
                  type="button"
                  className="small"
                  data-testid="task-done"
                  disabled={busy}
                  onClick={() => void done(task.id)}
                >
                  {t('tasks.markDone')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="task-form" onSubmit={submit}>
          <TextField label={t('tasks.new')} testId="task-title" value={title} onChange={setTitle} />
          <TextField
            label={t('tasks.assignee')}
            testId="task-assignee"
            value={assignee}
            onChange={setAssignee}
          />
          <button type="submit" data-testid="task-submit" disabled={busy || !title.trim()}>
            {t('tasks.add')}
          </button>
        </form>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
