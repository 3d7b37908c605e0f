import { emptyToNull, formatDate } from './format';

describe('format', () => {
  it('shows dates as dd.MM.yyyy', () => {
    expect(formatDate('2026-01-15')).toBe('15.01.2026');
    expect(formatDate('2026-01-15T10:00:00Z')).toBe('15.01.2026');
    expect(formatDate(null)).toBe('');
  });

  it('turns blank optional values into null', () => {
    expect(emptyToNull('  ')).toBeNull();
    expect(emptyToNull(' a ')).toBe('a');
    expect(emptyToNull(undefined)).toBeNull();
  });
});
