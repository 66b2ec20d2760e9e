// An e-mail address that wraps where a reader expects: after the @, then before a dot of the domain. Only a part
// longer than the line breaks inside (overflow-wrap: break-word), never the page made wider.
import { makeStyles } from '@fluentui/react-components';
import { Fragment } from 'react';

const useStyles = makeStyles({
  // Overrides a table cell's `anywhere`: break points first, a break inside a word only as a last resort.
  address: { overflowWrap: 'break-word', wordBreak: 'normal' },
});

export function EmailAddress({ address }: { address: string }) {
  const styles = useStyles();
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at + 1);
  const domain = at < 0 ? '' : address.slice(at + 1);
  return (
    <span className={styles.address}>
      {local}
      <wbr />
      {domain.split('.').map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              <wbr />.
            </>
          )}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
