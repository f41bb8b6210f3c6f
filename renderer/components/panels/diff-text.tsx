// Inline diff rendering shared by the Names and Compare panels (the `diff` package does the comparison).
import type { ChangeObject } from 'diff';
import { useTranslation } from 'react-i18next';

/** Parts common to both sides as text; insertions and deletions marked with <ins>/<del>. */
export function DiffText(props: { parts: readonly ChangeObject<string>[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <span lang={props.lang} className="diff">
      {props.parts.map((p, i) =>
        p.added ? (
          <ins key={i} title={t('diff.added')}>
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} title={t('diff.removed')}>
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </span>
  );
}
