// The account page's layout, shared by its sections.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAccountStyles = makeStyles({
  card: { padding: '16px', gap: '12px' },
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '420px' },
  enrol: { display: 'flex', flexWrap: 'wrap', gap: '16px', alignItems: 'flex-start' },
  qr: { width: '180px', height: '180px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  secret: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  codes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: '4px 16px',
    fontFamily: tokens.fontFamilyMonospace,
    margin: 0,
    paddingLeft: '20px',
  },
  agent: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});
