import type { Translation, Vacancy } from '../../shared/schemas';

export function TranslationView({ vacancy, translation }: { vacancy: Vacancy; translation: Translation }) {
  const skillsFor = (id: string) => translation.skills.filter((skill) => skill.requirementIds.includes(id));
  return (
    <section data-testid="translation">
      <h2>{vacancy.title ?? translation.title ?? 'Vacancy'}</h2>
      {translation.occupation && <p class="muted">Occupation: {translation.occupation.label}</p>}
      <h2>Requirements</h2>
      <ul>
        {translation.requirements.map((requirement) => (
          <li key={requirement.id} class="requirement" data-kind={requirement.kind}>
            <span class="badge">{requirement.kind.replace('_', ' ')}</span>
            {requirement.legal && <span class="badge legal" title={requirement.legalBasis?.citation}>law</span>}
            {requirement.text}
            {requirement.legalBasis && <div class="muted">Kept by law: {requirement.legalBasis.citation}</div>}
            {skillsFor(requirement.id).length > 0 && (
              <ul>
                {skillsFor(requirement.id).map((skill) => (
                  <li key={skill.uri ?? skill.label} data-testid="skill">
                    {skill.uri ? <a href={skill.uri} target="_blank" rel="noreferrer">{skill.label}</a> : skill.label}{' '}
                    <span class="muted">{skill.mustHave ? 'from day one' : 'learnable on the job'}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {translation.learningRoutes.length > 0 && (
        <>
          <h2>Learning routes</h2>
          <ul>
            {translation.learningRoutes.map((route) => (
              <li key={`${route.source}:${route.sourceId ?? route.title}`}>
                <span class="badge">{route.form}</span>{route.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Rewritten vacancy</h2>
      <pre class="rewritten">{translation.rewritten.markdown}</pre>
      <p class="muted">{translation.attribution}</p>
    </section>
  );
}
