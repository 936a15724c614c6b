/** For `@Transform`: text fields lose surrounding spaces, so '  ' is as empty as ''. */
export const trimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
