/**
 * The fields a printed form's template may use, read from the standard template itself (its `{{ … }}` values, `{% if … %}`
 * conditions and `{% for x in list %}` loops), so the list is always the one the server fills in. A loop's fields are
 * written `list[].field`.
 */
export function templateFields(liquid: string): string[] {
  const loops = new Map<string, string>();
  const fields = new Set<string>();
  const resolve = (path: string): string => {
    const [head, ...rest] = path.split('.');
    const base = loops.get(head);
    return base ? [base, ...rest].join('.') : path;
  };
  const tag = /\{%-?\s*for\s+(\w+)\s+in\s+([\w.]+)[^%]*%\}|\{%-?\s*(?:if|elsif|unless)\s+([\w.]+)[^%]*%\}|\{\{-?\s*([\w.]+)/g;
  for (const m of liquid.matchAll(tag)) {
    if (m[1]) {
      const list = resolve(m[2]);
      loops.set(m[1], `${list}[]`);
      fields.add(list);
    } else {
      const path = m[3] ?? m[4];
      if (path && !/^(forloop|true|false|nil|empty|blank)\b/.test(path) && !/^\d/.test(path)) fields.add(resolve(path));
    }
  }
  // A list shown by its fields is not listed again on its own.
  return [...fields].filter((f) => ![...fields].some((o) => o.startsWith(`${f}[].`))).sort();
}
