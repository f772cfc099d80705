import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';

/**
 * A vacancy read without its job title (#17): the panel asks for it, filled in with Vaardig's guess
 * when it has one, before anything is sent to the API.
 */
export function TitleQuestion({ panel }: { panel: PanelState }) {
  const question = panel.question!;
  const [title, setTitle] = useState(question.guess);
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [question]);

  function submit(event: Event) {
    event.preventDefault();
    if (!title.trim()) return setMissing(true);
    void panel.answerTitle(title);
  }

  return (
    <form class="title-question" aria-labelledby="title-question-heading" onSubmit={submit} data-testid="title-question">
      <h2 id="title-question-heading">{i18n.t('titleQuestion.heading')}</h2>
      <p id="title-question-why">{question.guess ? i18n.t('titleQuestion.guessed') : i18n.t('titleQuestion.none')}</p>
      <label for="job-title">{i18n.t('titleQuestion.label')}</label>
      <input
        id="job-title"
        ref={input}
        type="text"
        value={title}
        lang={question.vacancy.language ?? undefined}
        autoComplete="off"
        aria-describedby={missing ? 'title-question-why title-missing' : 'title-question-why'}
        aria-invalid={missing || undefined}
        onInput={(event) => {
          setTitle(event.currentTarget.value);
          setMissing(false);
        }}
      />
      {missing && (
        <p id="title-missing" class="error" role="alert">
          {i18n.t('titleQuestion.missing')}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={panel.busy !== null}>
          {i18n.t('titleQuestion.go')}
        </button>
        <button type="button" class="secondary" onClick={panel.dismissQuestion}>
          {i18n.t('titleQuestion.cancel')}
        </button>
      </div>
    </form>
  );
}
